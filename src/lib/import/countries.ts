/**
 * The countries the import recognises by name, the other names a report may use for them, and the
 * capitals a report uses for the government ("Kyiv has agreed", "talks with Moscow"). Adjectives
 * ("Russian movements") are not here on purpose: they do not make a country an actor.
 */

export interface Country {
  readonly name: string;
  /** Other names for the country itself ("US", "Britain"). */
  readonly aliases: readonly string[];
  /** The capital, when reports commonly use it for the country's government. */
  readonly capitals: readonly string[];
  /** Set when the name is often something else too (a US state, a first name). */
  readonly ambiguous?: string;
}

// name | aliases (comma-separated) | capitals used for the government (comma-separated)
const TABLE = `Afghanistan||Kabul
Albania||Tirana
Algeria||Algiers
Andorra||
Angola||Luanda
Antigua and Barbuda||
Argentina||Buenos Aires
Armenia||Yerevan
Australia||Canberra
Austria||Vienna
Azerbaijan||Baku
Bahamas||
Bahrain||Manama
Bangladesh||Dhaka
Barbados||
Belarus||Minsk
Belgium||
Belize||
Benin||
Bhutan||
Bolivia||
Bosnia and Herzegovina|Bosnia|Sarajevo
Botswana||
Brazil||Brasilia,Brasília
Brunei||
Bulgaria||Sofia
Burkina Faso||Ouagadougou
Burundi||
Cambodia||Phnom Penh
Cameroon||
Canada||Ottawa
Cape Verde|Cabo Verde|
Central African Republic||
Chad||
Chile||Santiago
China||Beijing
Colombia||Bogota,Bogotá
Comoros||
Democratic Republic of the Congo|DR Congo,DRC|Kinshasa
Republic of the Congo||Brazzaville
Costa Rica||
Croatia||Zagreb
Cuba||Havana
Cyprus||Nicosia
Czech Republic|Czechia|Prague
Denmark||Copenhagen
Djibouti||
Dominica||
Dominican Republic||
East Timor|Timor-Leste|
Ecuador||Quito
Egypt||Cairo
El Salvador||
Equatorial Guinea||
Eritrea||Asmara
Estonia||Tallinn
Eswatini|Swaziland|
Ethiopia||Addis Ababa
Fiji||
Finland||Helsinki
France||Paris
Gabon||
Gambia||
Georgia||Tbilisi
Germany||Berlin
Ghana||Accra
Greece||Athens
Grenada||
Guatemala||
Guinea||
Guinea-Bissau||
Guyana||
Haiti||Port-au-Prince
Honduras||
Hungary||Budapest
Iceland||Reykjavik
India||New Delhi,Delhi
Indonesia||Jakarta
Iran||Tehran
Iraq||Baghdad
Ireland||Dublin
Israel||
Italy||Rome
Ivory Coast|Côte d'Ivoire|
Jamaica||
Japan||Tokyo
Jordan||Amman
Kazakhstan||Astana
Kenya||Nairobi
Kiribati||
Kosovo||Pristina
Kuwait||
Kyrgyzstan||Bishkek
Laos||Vientiane
Latvia||Riga
Lebanon||Beirut
Lesotho||
Liberia||Monrovia
Libya||
Liechtenstein||
Lithuania||Vilnius
Luxembourg||
Madagascar||
Malawi||
Malaysia||Kuala Lumpur
Maldives||
Mali||Bamako
Malta||Valletta
Marshall Islands||
Mauritania||
Mauritius||
Mexico||Mexico City
Micronesia||
Moldova||Chisinau
Monaco||
Mongolia||Ulaanbaatar
Montenegro||Podgorica
Morocco||Rabat
Mozambique||Maputo
Myanmar|Burma|Naypyidaw
Namibia||
Nauru||
Nepal||Kathmandu
Netherlands|Holland|
New Zealand||
Nicaragua||Managua
Niger||Niamey
Nigeria||Abuja
North Korea|DPRK|Pyongyang
North Macedonia||Skopje
Norway||Oslo
Oman||Muscat
Pakistan||Islamabad
Palau||
Palestine||
Panama||
Papua New Guinea||
Paraguay||
Peru||
Philippines||Manila
Poland||Warsaw
Portugal||Lisbon
Qatar||Doha
Romania||Bucharest
Russia|Russian Federation|Moscow
Rwanda||Kigali
Saint Kitts and Nevis||
Saint Lucia||
Saint Vincent and the Grenadines||
Samoa||
San Marino||
Sao Tome and Principe||
Saudi Arabia||Riyadh
Senegal||Dakar
Serbia||Belgrade
Seychelles||
Sierra Leone||Freetown
Singapore||
Slovakia||Bratislava
Slovenia||Ljubljana
Solomon Islands||
Somalia||Mogadishu
South Africa||Pretoria
South Korea||Seoul
South Sudan||Juba
Spain||Madrid
Sri Lanka||Colombo
Sudan||Khartoum
Suriname||
Sweden||Stockholm
Switzerland||Bern
Syria||Damascus
Taiwan||Taipei
Tajikistan||Dushanbe
Tanzania||Dodoma
Thailand||Bangkok
Togo||
Tonga||
Trinidad and Tobago||
Tunisia||Tunis
Turkey|Türkiye|Ankara
Turkmenistan||Ashgabat
Tuvalu||
Uganda||Kampala
Ukraine||Kyiv,Kiev
United Arab Emirates|UAE|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|London
United States|US,U.S.,USA,U.S.A.,America|Washington
Uruguay||Montevideo
Uzbekistan||Tashkent
Vanuatu||
Vatican City|Vatican,Holy See|
Venezuela||Caracas
Vietnam||Hanoi
Yemen||Sanaa
Zambia||Lusaka
Zimbabwe||Harare`;

const AMBIGUOUS: Record<string, string> = {
  Georgia: 'Georgia is also a US state: check that the report means the country.',
  Jordan: 'Jordan is also a name: check that the report means the country.',
  Chad: 'Chad is also a first name: check that the report means the country.',
};

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const COUNTRIES: readonly Country[] = TABLE.split('\n').map((line) => {
  const [name = '', aliases, capitals] = line.split('|');
  const ambiguous = AMBIGUOUS[name];
  return {
    name,
    aliases: list(aliases),
    capitals: list(capitals),
    ...(ambiguous === undefined ? {} : { ambiguous }),
  };
});

const BY_NAME = new Map<string, Country>();
const BY_CAPITAL = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const form of [country.name, ...country.aliases]) BY_NAME.set(form, country);
  for (const capital of country.capitals) BY_CAPITAL.set(capital, country);
}

/** The country a name or alias stands for, written as the prose writes it ("US", "Ukraine"). */
export function countryNamed(form: string): Country | undefined {
  return BY_NAME.get(form);
}

/** The country whose capital (or seat of government, "Kremlin") this is. */
export function countryOfCapital(form: string): Country | undefined {
  return BY_CAPITAL.get(form);
}

/** Adjectives of a people that do not begin with their country's name ("French", "Dutch"). */
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  French: 'France',
  Dutch: 'Netherlands',
  Spanish: 'Spain',
  Polish: 'Poland',
  British: 'United Kingdom',
  English: 'United Kingdom',
  Scottish: 'United Kingdom',
  Welsh: 'United Kingdom',
  Swiss: 'Switzerland',
  Greek: 'Greece',
  Danish: 'Denmark',
  Finnish: 'Finland',
  Irish: 'Ireland',
  Thai: 'Thailand',
  Filipino: 'Philippines',
  Afghan: 'Afghanistan',
  Emirati: 'United Arab Emirates',
  Saudi: 'Saudi Arabia',
  Norwegian: 'Norway',
  Portuguese: 'Portugal',
};
/** What follows a country's name, or most of it, in the adjective of its people ("Ukrain-ian", "Japan-ese"). */
const ADJECTIVE_ENDING = /^(?:n|an|ian|ean|ese|i|ish|ic)?$/u;
/** What the adjective leaves off the name: a closing vowel or two ("Ital-y", "Chin-a"), "-en", "-ey", "-on". */
const LEFT_OFF = /^(?:[aeiouy]{0,2}|en|ey|on)$/u;
const adjectives = new Map<string, Country | undefined>();

/**
 * The country a word of origin names: the country itself ("US") or the adjective of its people
 * ("Ukrainian", "South Korean", "French"). A word is read as an adjective when it starts with all of a
 * country's name, a closing vowel or so left off, and ends as such adjectives end: "Liberal" is not
 * Liberia's, nor "Green" Greece's.
 */
export function countryOfOrigin(word: string): Country | undefined {
  const named = countryNamed(word);
  if (named !== undefined) return named;
  const irregular = IRREGULAR_ADJECTIVES[word];
  if (irregular !== undefined) return countryNamed(irregular);
  if (adjectives.has(word)) return adjectives.get(word);
  let best: Country | undefined;
  let bestLength = 0;
  for (const [form, country] of BY_NAME) {
    let n = 0;
    while (n < form.length && n < word.length && form[n] === word[n]) n += 1;
    if (n < 4 || n <= bestLength || !LEFT_OFF.test(form.slice(n)) || !ADJECTIVE_ENDING.test(word.slice(n))) continue;
    best = country;
    bestLength = n;
  }
  adjectives.set(word, best);
  return best;
}
