import { describe, expect, it } from 'vitest';
import { detectedLanguage } from './detect-language';

describe('the language of a post, from its text', () => {
  it('tells the six UN languages apart, whatever the interface language', async () => {
    expect(await detectedLanguage('France considers that norm (f) applies to critical infrastructure.')).toBe('en');
    expect(
      await detectedLanguage('La France considère que la norme (f) s’applique aux infrastructures critiques.'),
    ).toBe('fr');
    expect(await detectedLanguage('España considera que la norma (f) se aplica a las infraestructuras críticas.')).toBe(
      'es',
    );
    expect(
      await detectedLanguage('Российская Федерация считает, что норма (f) применяется к критической инфраструктуре.'),
    ).toBe('ru');
    expect(await detectedLanguage('中国认为，规范（f）适用于关键基础设施的保护与合作。')).toBe('zh');
    expect(await detectedLanguage('ترى مصر أن القاعدة (و) تنطبق على البنية التحتية الحيوية.')).toBe('ar');
  });

  it('does not guess from a few words or from a link alone', async () => {
    expect(await detectedLanguage('Agreed.')).toBeNull();
    expect(await detectedLanguage('[see](https://un.org/en/some/long/address/in/english)')).toBeNull();
  });
});
