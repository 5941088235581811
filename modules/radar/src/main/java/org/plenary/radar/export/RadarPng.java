package org.plenary.radar.export;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.plenary.radar.domain.RadarPicture;

/**
 * The radar as a PNG for documents that take no SVG (a Word summary, a slide): Batik rasterises the very chart
 * {@link RadarSvg} draws, at twice its size so that it stays sharp when printed. CPU-bound: call it off the event
 * loop.
 */
public final class RadarPng {

  private static final float SCALE = 2f;

  private RadarPng() {
  }

  public static byte[] render(RadarPicture picture, RadarLabels labels) {
    String svg = RadarSvg.render(picture, labels);
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, RadarSvg.WIDTH * SCALE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
    } catch (TranscoderException e) {
      // The SVG is ours and well-formed; a failure here is a defect, not the reader's input.
      throw new IllegalStateException("the radar's SVG did not rasterise", e);
    }
    return png.toByteArray();
  }
}
