import { defineConfig } from 'vite';

// The Plenary server serves dist/ from its classpath (webroot/): /assets/* is cached forever, so every
// asset name must carry a content hash (Vite's default), and every other path falls back to index.html.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` against a server started with `java -jar modules/server/target/plenary.jar`.
    proxy: {
      '/api': 'http://localhost:8080',
      '/dev-idp': 'http://localhost:8080',
    },
  },
});
