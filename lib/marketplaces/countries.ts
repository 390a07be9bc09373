/**
 * Country names as the last line of a shipping address prints them, in the UI languages the
 * back-offices offer (en, de, fr, it, es, ja, zh) → ISO 3166-1 alpha-2. Only the markets HelloWord
 * sells into; an unknown name yields null and the caller falls back to a weaker source.
 * Names are common usage (best knowledge), not copied from a marketplace page.
 */
const NAMES: Record<string, readonly string[]> = {
  US: ['United States', 'United States of America', 'USA', 'U.S.A.', 'Vereinigte Staaten', 'États-Unis', 'Etats-Unis', 'Stati Uniti', 'Estados Unidos', 'アメリカ合衆国', 'アメリカ', '美国'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Vereinigtes Königreich', 'Großbritannien', 'Royaume-Uni', 'Regno Unito', 'Reino Unido', 'イギリス', '英国'],
  DE: ['Germany', 'Deutschland', 'Allemagne', 'Germania', 'Alemania', 'ドイツ', '德国'],
  JP: ['Japan', 'Japon', 'Giappone', 'Japón', '日本'],
  FR: ['France', 'Frankreich', 'Francia', 'フランス', '法国'],
  IT: ['Italy', 'Italien', 'Italie', 'Italia', 'イタリア', '意大利'],
  ES: ['Spain', 'Spanien', 'Espagne', 'Spagna', 'España', 'スペイン', '西班牙'],
  NL: ['Netherlands', 'The Netherlands', 'Niederlande', 'Pays-Bas', 'Paesi Bassi', 'Países Bajos', 'オランダ', '荷兰'],
  BE: ['Belgium', 'Belgien', 'Belgique', 'Belgio', 'Bélgica', 'ベルギー', '比利时'],
  AT: ['Austria', 'Österreich', 'Autriche', 'オーストリア', '奥地利'],
  IE: ['Ireland', 'Irland', 'Irlande', 'Irlanda', 'アイルランド', '爱尔兰'],
  PL: ['Poland', 'Polen', 'Pologne', 'Polonia', 'ポーランド', '波兰'],
  SE: ['Sweden', 'Schweden', 'Suède', 'Svezia', 'Suecia', 'スウェーデン', '瑞典'],
  CA: ['Canada', 'Kanada', 'カナダ', '加拿大'],
  MX: ['Mexico', 'Mexiko', 'Mexique', 'Messico', 'México', 'メキシコ', '墨西哥'],
  AU: ['Australia', 'Australien', 'Australie', 'オーストラリア', '澳大利亚'],
  CN: ['China', 'Chine', 'Cina', '中国', '中華人民共和国'],
  IN: ['India', 'Indien', 'Inde', 'インド', '印度'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code.toLowerCase(), code);
  for (const name of names) BY_NAME.set(name.toLowerCase(), code);
}

/** "Germany", "Deutschland", "ドイツ", "DE" → "DE"; anything else → null. */
export function countryFromName(text: string): string | null {
  const key = text.trim().toLowerCase();
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/\.$/, '')) ?? null;
}
