// Small built-in word lists used only to pad distractors when the article itself does not
// offer enough entities of the right type. Nothing here is keyed to any one article.

export const COUNTRIES = [
  "Argentina", "Australia", "Brazil", "Canada", "Chile", "China", "France", "Germany",
  "India", "Indonesia", "Italy", "Japan", "Malaysia", "Mexico", "the Netherlands",
  "New Zealand", "Norway", "Peru", "the Philippines", "Poland", "Saudi Arabia",
  "Singapore", "South Africa", "South Korea", "Spain", "Sweden", "Switzerland",
  "Taiwan", "Thailand", "Turkey", "the United Kingdom", "the United States", "Vietnam",
  "Britain", "Korea", "Russia", "Egypt", "Nigeria", "Kenya", "Pakistan", "Bangladesh",
  "Ireland", "Denmark", "Finland", "Belgium", "Austria", "Portugal", "Greece", "Israel",
  "the United Arab Emirates", "Qatar", "Colombia", "Ukraine", "Hungary", "Czech Republic",
  "Brunei", "Cambodia", "Laos", "Myanmar", "Sri Lanka", "Mongolia", "Kazakhstan",
] as const;

/** Head nouns institutions are named with ("... Association"): used for the last word. */
export const INSTITUTION_HEADS = [
  "Agency", "Alliance", "Association", "Authority", "Bank", "Board", "Bureau", "Center",
  "Chamber", "Commission", "Committee", "Confederation", "Council", "Employers", "Enterprises",
  "Exchange", "Exporters", "Federation", "Forum", "Foundation", "Fund", "Group", "Importers",
  "Industries", "Initiative", "Institute", "Investors", "League", "Manufacturers", "Network",
  "Office", "Organization", "Partnership", "Policy", "Producers", "Research", "Resources",
  "Services", "Society", "Studies", "Traders", "Union", "Workers",
] as const;

/** Words that qualify a name ("National ...", "... Trade ..."): used for the other words. */
export const INSTITUTION_MODIFIERS = [
  "Business", "Capital", "Central", "Commerce", "Common", "Corporate", "Credit", "Development",
  "Digital", "Economic", "Energy", "Enterprise", "Export", "Federal", "Finance", "Financial",
  "Global", "General", "Growth", "Independent", "Industrial", "Industry", "Information",
  "Innovation", "International", "Investment", "Joint", "Knowledge", "Labor", "Market",
  "Monetary", "National", "Pacific", "Planning", "Policy", "Private", "Public", "Regional",
  "Research", "Strategic", "Technology", "Trade", "Transport", "United", "World",
] as const;

/** Words kept in place when recombining names ("Federation of Korean Industries"). */
export const NAME_FUNCTION_WORDS = new Set(["of", "for", "and", "the", "on", "in", "to", "&", "de", "at"]);

/** Abbreviations news copy uses for countries, as regex sources. */
export const COUNTRY_ALIASES: [string, (typeof COUNTRIES)[number]][] = [
  ["U\\.S\\.", "the United States"],
  ["UK", "the United Kingdom"],
  ["U\\.K\\.", "the United Kingdom"],
  ["UAE", "the United Arab Emirates"],
];

/** Acronyms everyone reads daily: what they stand for tests general knowledge, not the article. */
export const UBIQUITOUS_ACRONYMS = new Set([
  "EU", "UN", "US", "USA", "UK", "GDP", "GNP", "CEO", "CFO", "COVID", "NATO", "IMF", "WHO", "ASEAN", "WTO", "OECD",
  "OPEC", "UNESCO", "UNICEF", "FBI", "CIA", "NASA", "BBC", "CNN", "AI", "IT", "TV", "PC", "PM", "MP", "G7", "G20",
  "CPI", "VAT", "GST", "NGO", "HIV", "AIDS", "DNA", "SUV", "EV", "IPO", "ETF", "FTA", "FDI", "R&D", "AU", "UAE",
]);

/** Real organisations, used only as wrong expansions of an acronym with the same initials (the
 *  International Chamber of Commerce for an article's International Criminal Court). Invented
 *  names are never offered: a learner who knows the field would spot them. */
export const REAL_ORGANISATIONS = [
  // Central banks and monetary authorities
  "Bank of Korea", "Bank of Japan", "Bank of Jamaica", "Bank of England", "Bank of Canada", "Bank of China",
  "Bank of Thailand", "Bank of Tanzania", "Bank of Ghana", "Bank of Guyana", "Bank of Uganda", "Bank of Botswana",
  "Bank of Israel", "Bank of Mauritius", "Bank of Namibia", "Bank of Zambia", "Bank of Lithuania",
  "Central Bank of Nigeria", "Central Bank of Kenya", "Central Bank of Kuwait", "Central Bank of Egypt",
  "Central Bank of Eswatini", "Central Bank of Ireland", "National Bank of Slovakia", "National Bank of Serbia",
  "National Bank of Ethiopia", "National Bank of Egypt", "National Bank of Kazakhstan", "National Bank of Kuwait",
  "National Bank of Poland", "National Bank of Pakistan", "Reserve Bank of India", "Reserve Bank of Australia",
  "Reserve Bank of New Zealand", "Reserve Bank of Zimbabwe", "Reserve Bank of Malawi", "Reserve Bank of Fiji",
  "South African Reserve Bank", "European Central Bank", "People's Bank of China",
  // Statistics, weather and science agencies
  "National Bureau of Statistics", "Office for National Statistics", "Bureau of Labor Statistics",
  "Bureau of Economic Analysis", "Australian Bureau of Statistics", "Uganda Bureau of Statistics",
  "Ghana Statistical Service", "Government Statistical Service", "National Statistics Office",
  "National Security Agency", "Namibia Statistics Agency", "Japan Meteorological Agency",
  "Korea Meteorological Administration", "China Meteorological Administration", "India Meteorological Department",
  "Bureau of Meteorology", "World Meteorological Organization", "United States Geological Survey",
  "British Geological Survey", "Geological Survey of India", "Geological Survey of Israel",
  "National Oceanic and Atmospheric Administration", "National Weather Service", "National Science Foundation",
  "National Institutes of Health", "National Health Service", "European Space Agency",
  // Regulators and public bodies
  "Financial Services Commission", "Financial Supervisory Commission", "Forest Stewardship Council",
  "Financial Supervisory Service", "Financial Services Agency", "Food Standards Agency", "Financial Services Authority",
  "Financial Stability Board", "Federation of Small Businesses", "Financial Conduct Authority",
  "Securities and Exchange Commission", "Securities and Exchange Board of India", "China Securities Regulatory Commission",
  "Commodity Futures Trading Commission", "Consumer Financial Protection Bureau", "Federal Trade Commission",
  "Federal Communications Commission", "Federal Aviation Administration", "Food and Drug Administration",
  "Environmental Protection Agency", "Energy Information Administration", "Federal Emergency Management Agency",
  "National Disaster Management Authority", "Congressional Budget Office", "Office for Budget Responsibility",
  "Office of Management and Budget", "Government Accountability Office", "National Audit Office",
  "National Development and Reform Commission", "State Administration of Foreign Exchange",
  "Cyberspace Administration of China", "State Administration for Market Regulation", "Korea Fair Trade Commission",
  "Japan Fair Trade Commission", "National Pension Service", "National Park Service",
  "Election Commission of India", "Election Commission of Pakistan", "Independent Electoral Commission",
  "Independent National Electoral Commission",
  // Business, trade and labour bodies
  "International Chamber of Commerce", "Korea Chamber of Commerce and Industry", "Japan Chamber of Commerce and Industry",
  "American Chamber of Commerce in Japan", "British Chambers of Commerce", "Confederation of British Industry",
  "Confederation of Indian Industry", "Federation of Indian Chambers of Commerce and Industry",
  "Federation of Korean Industries", "Federation of Korean Trade Unions", "Korean Confederation of Trade Unions",
  "Korea Enterprises Federation", "Korea International Trade Association", "Japan External Trade Organization",
  "Hong Kong Trade Development Council", "China Council for the Promotion of International Trade",
  "International Trade Administration", "International Trade Centre", "Trades Union Congress",
  "National Association of Manufacturers", "National Association of Realtors", "National Retail Federation",
  "National Federation of Independent Business", "American Petroleum Institute", "Institute for Supply Management",
  "American Automobile Association", "American Arbitration Association", "American Medical Association",
  "American Marketing Association", "American Psychological Association", "American Psychiatric Association",
  "American Planning Association", "American Bar Association", "American Bankers Association",
  "American Heart Association", "American Hospital Association", "American Chemical Society", "American Cancer Society",
  "National Education Association", "National Endowment for the Arts", "National Basketball Association",
  "National Bar Association", "Professional Golfers' Association",
  // Research institutes
  "Korea Development Institute", "Korea Institute for International Economic Policy",
  "Korea Institute for Industrial Economics and Trade", "Korea Economic Research Institute",
  "Korea Energy Economics Institute", "Korea Institute of Finance", "Korea Labor Institute",
  "Korea Institute of Science and Technology", "Korea Development Bank", "Korea Investment Corporation",
  "National Bureau of Economic Research", "National Institute of Economic and Social Research",
  "Institute for Fiscal Studies", "Institute of Economic Affairs",
  // International organisations
  "International Criminal Court", "International Cricket Council", "International Court of Justice",
  "International Commission of Jurists", "International Energy Agency", "International Finance Corporation",
  "International Labour Organization", "International Maritime Organization", "International Seabed Authority",
  "International Solar Alliance", "International Organization for Migration", "International Olympic Committee",
  "International Paralympic Committee", "International Telecommunication Union", "International Atomic Energy Agency",
  "International Air Transport Association", "International Civil Aviation Organization",
  "International Renewable Energy Agency", "International Fund for Agricultural Development",
  "Islamic Development Bank", "Asian Development Bank", "African Development Bank",
  "Asian Infrastructure Investment Bank", "New Development Bank", "European Investment Bank",
  "European Bank for Reconstruction and Development", "European Banking Authority", "European Environment Agency",
  "European Economic Area", "European Medicines Agency", "European Food Safety Authority",
  "European Securities and Markets Authority", "European Free Trade Association", "European Court of Human Rights",
  "European Court of Justice", "World Food Programme", "World Economic Forum", "World Intellectual Property Organization",
  "United Nations Development Programme", "United Nations Environment Programme", "Food and Agriculture Organization",
  "Gulf Cooperation Council", "Southern African Development Community", "East African Community",
  "Shanghai Cooperation Organisation", "Southern African Customs Union", "Pacific Islands Forum",
  "South Asian Association for Regional Cooperation", "Japan International Cooperation Agency",
  "Japan Bank for International Cooperation",
] as const;

/** Names news copy uses for one country: never two options, never a member and an outsider. */
export const SAME_COUNTRY: readonly (readonly string[])[] = [
  ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
  ["United Arab Emirates", "UAE", "U.A.E."],
  ["South Korea", "Korea", "Republic of Korea", "ROK"],
  ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
  ["China", "People's Republic of China", "PRC", "mainland China"],
  ["Netherlands", "Holland"],
  ["Russia", "Russian Federation"],
];

/** One key per country whatever it is called ("the US", "America" → "united states"). */
export function countryKey(name: string): string {
  const bare = name.trim().replace(/^the\s+/i, "").toLowerCase();
  const group = SAME_COUNTRY.find((g) => g.some((n) => n.toLowerCase() === bare));
  return (group?.[0] ?? bare).toLowerCase();
}
