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
