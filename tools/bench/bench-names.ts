/**
 * Fictional names for the benchmark data, by nationality, in Latin script, native script and the
 * katakana reading, weighted roughly like the nationalities of people applying for refugee status
 * in Japan (ISA statistics, 2023–2024: Sri Lanka, Turkey, Pakistan, India, Cambodia, Nepal,
 * Bangladesh, Myanmar, Afghanistan, China, Cameroon, Uganda, Ghana, Nigeria, Iran …).
 */
export interface NamePool {
  readonly nationality: string;
  readonly weight: number;
  readonly languages: readonly string[];
  readonly family: readonly (readonly [latin: string, native: string | null, katakana: string])[];
  readonly given: readonly (readonly [latin: string, native: string | null, katakana: string])[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    nationality: 'LKA',
    weight: 14,
    languages: ['si', 'ta'],
    family: [['Perera', 'පෙරේරා', 'ペレラ'], ['Fernando', 'ප්‍රනාන්දු', 'フェルナンド'], ['Silva', 'සිල්වා', 'シルバ'], ['Jayasinghe', 'ජයසිංහ', 'ジャヤシンハ'], ['Kumara', 'කුමාර', 'クマーラ']],
    given: [['Nimal', 'නිමල්', 'ニマル'], ['Kasun', 'කසුන්', 'カスン'], ['Dilani', 'දිලානි', 'ディラニ'], ['Sanjeewa', 'සංජීව', 'サンジーワ'], ['Chamari', 'චමරි', 'チャマリ']],
  },
  {
    nationality: 'TUR',
    weight: 12,
    languages: ['tr', 'ku'],
    family: [['Demir', null, 'デミル'], ['Yilmaz', null, 'ユルマズ'], ['Kaya', null, 'カヤ'], ['Aydin', null, 'アイドゥン'], ['Celik', null, 'チェリク']],
    given: [['Yusuf', null, 'ユスフ'], ['Mehmet', null, 'メフメト'], ['Zeynep', null, 'ゼイネップ'], ['Hasan', null, 'ハサン'], ['Ayse', null, 'アイシェ']],
  },
  {
    nationality: 'PAK',
    weight: 9,
    languages: ['ur', 'pa'],
    family: [['Khan', 'خان', 'カーン'], ['Ahmed', 'احمد', 'アーメド'], ['Hussain', 'حسین', 'フセイン'], ['Malik', 'ملک', 'マリク'], ['Qureshi', 'قریشی', 'クレシ']],
    given: [['Imran', 'عمران', 'イムラン'], ['Ayesha', 'عائشہ', 'アイシャ'], ['Bilal', 'بلال', 'ビラル'], ['Sana', 'ثنا', 'サナ'], ['Usman', 'عثمان', 'ウスマン']],
  },
  {
    nationality: 'NPL',
    weight: 7,
    languages: ['ne'],
    family: [['Thapa', 'थापा', 'タパ'], ['Gurung', 'गुरुङ', 'グルン'], ['Shrestha', 'श्रेष्ठ', 'シュレスタ'], ['Rai', 'राई', 'ライ']],
    given: [['Rohan', 'रोहन', 'ロハン'], ['Sita', 'सीता', 'シータ'], ['Bikash', 'विकास', 'ビカス'], ['Maya', 'माया', 'マヤ']],
  },
  {
    nationality: 'KHM',
    weight: 6,
    languages: ['km'],
    family: [['Sok', 'សុខ', 'ソック'], ['Chea', 'ជា', 'チア'], ['Heng', 'ហេង', 'ヘン']],
    given: [['Dara', 'ដារ៉ា', 'ダラ'], ['Sophea', 'សុភា', 'ソピア'], ['Vanna', 'វណ្ណា', 'ワンナ']],
  },
  {
    nationality: 'MMR',
    weight: 8,
    languages: ['my'],
    family: [['Kyaw', 'ကျော်', 'チョー'], ['Aung', 'အောင်', 'アウン'], ['Htet', 'ထက်', 'テッ']],
    given: [['Min Thu', 'မင်းသူ', 'ミントゥ'], ['Zaw', 'ဇော်', 'ゾー'], ['Thandar', 'သန္တာ', 'タンダー'], ['Hlaing', 'လှိုင်', 'フライン']],
  },
  {
    nationality: 'AFG',
    weight: 6,
    languages: ['fa', 'ps'],
    family: [['Hussaini', 'حسینی', 'フセイニ'], ['Rahimi', 'رحیمی', 'ラヒミ'], ['Karimi', 'کریمی', 'カリミ'], ['Ahmadzai', 'احمدزی', 'アフマドザイ']],
    given: [['Amina', 'آمنه', 'アミナ'], ['Farid', 'فرید', 'ファリド'], ['Zahra', 'زهرا', 'ザフラ'], ['Ahmad', 'احمد', 'アフマド']],
  },
  {
    nationality: 'CHN',
    weight: 6,
    languages: ['zh'],
    family: [['Li', '李', 'リ'], ['Wang', '王', 'ワン'], ['Zhang', '张', 'チャン'], ['Liu', '刘', 'リウ'], ['Chen', '陈', 'チェン']],
    given: [['Ming', '明', 'ミン'], ['Wei', '伟', 'ウェイ'], ['Fang', '芳', 'ファン'], ['Jing', '静', 'ジン']],
  },
  {
    nationality: 'CMR',
    weight: 5,
    languages: ['fr', 'en'],
    family: [['Ngono', null, 'ンゴノ'], ['Mbarga', null, 'ムバルガ'], ['Fotso', null, 'フォツォ']],
    given: [['Esther', null, 'エステル'], ['Jean', null, 'ジャン'], ['Brigitte', null, 'ブリジット']],
  },
  {
    nationality: 'UGA',
    weight: 4,
    languages: ['en', 'lg'],
    family: [['Okello', null, 'オケロ'], ['Nakato', null, 'ナカト'], ['Mugisha', null, 'ムギシャ']],
    given: [['Grace', null, 'グレース'], ['Joseph', null, 'ジョセフ'], ['Sarah', null, 'サラ']],
  },
  {
    nationality: 'IRN',
    weight: 4,
    languages: ['fa'],
    family: [['Mohammadi', 'محمدی', 'モハンマディ'], ['Rezaei', 'رضایی', 'レザエイ'], ['Hosseini', 'حسینی', 'ホセイニ']],
    given: [['Ali', 'علی', 'アリ'], ['Maryam', 'مریم', 'マルヤム'], ['Reza', 'رضا', 'レザ']],
  },
  {
    nationality: 'SDN',
    weight: 3,
    languages: ['ar'],
    family: [['Osman', 'عثمان', 'オスマン'], ['Abdalla', 'عبدالله', 'アブダラ'], ['Ibrahim', 'إبراهيم', 'イブラヒム']],
    given: [['Mohammed', 'محمد', 'モハメド'], ['Fatima', 'فاطمة', 'ファティマ'], ['Omar', 'عمر', 'オマル']],
  },
];

export const TEAM_CITIES = ['Tokyo', 'Yokohama', 'Osaka', 'Nagoya', 'Kobe', 'Saitama', 'Chiba', 'Fukuoka', 'Sapporo', 'Hiroshima'];
export const STAFF_FAMILY = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto'];
export const STAFF_GIVEN = ['Yuki', 'Akiko', 'Kenji', 'Mai', 'Daisuke', 'Haruka', 'Takumi', 'Aoi', 'Sho', 'Emi', 'Ren', 'Nanami'];
