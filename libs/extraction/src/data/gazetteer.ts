import type { GazetteerEntry, LocationKind } from '@claimline/contracts';

/**
 * Libyan places for the 2019–2020 Tripoli war.
 * Coordinates are approximate, taken from GeoNames (https://www.geonames.org, CC BY 4.0) where the
 * place exists there, otherwise estimated from the nearest GeoNames feature; district and front
 * points are indicative only (a front line is not a point).
 * `ambiguous`: the name also exists outside Libya or is a common word, so it is only tagged with
 * Libyan context nearby.
 */
type Row = [key: string, nameAr: string, nameEn: string, lat: number, lon: number, kind: LocationKind, aliases: string[], ambiguous?: boolean];

const ROWS: Row[] = [
  ['libya', 'ليبيا', 'Libya', 26.3351, 17.2283, 'country', ['Libya']],
  ['tripoli', 'طرابلس', 'Tripoli', 32.8925, 13.18, 'city', ['طرابلس الغرب', 'العاصمة الليبية', 'العاصمة طرابلس', 'Tripoli', 'Libyan capital']],
  ['benghazi', 'بنغازي', 'Benghazi', 32.1167, 20.0667, 'city', ['Benghazi']],
  ['misrata', 'مصراتة', 'Misrata', 32.3754, 15.0925, 'city', ['مصراته', 'Misrata', 'Misurata']],
  ['gharyan', 'غريان', 'Gharyan', 32.1722, 13.0203, 'city', ['Gharyan', 'Gharian']],
  ['tarhuna', 'ترهونة', 'Tarhuna', 32.435, 13.6332, 'city', ['ترهونه', 'Tarhuna', 'Tarhouna']],
  ['sirte', 'سرت', 'Sirte', 31.2089, 16.5887, 'city', ['Sirte', 'Sirt'], true],
  ['ajdabiya', 'إجدابيا', 'Ajdabiya', 30.7554, 20.2263, 'city', ['اجدابيا', 'أجدابيا', 'Ajdabiya', 'Ajdabiyah']],
  ['sabha', 'سبها', 'Sabha', 27.0377, 14.4283, 'city', ['Sabha', 'Sebha']],
  ['al-watiya', 'الوطية', 'al-Watiya', 32.4747, 11.8977, 'facility', ['قاعدة الوطية', 'قاعدة الوطية الجوية', 'الوطيه', 'Watiya', 'al-Watiya', 'Wattiya', 'al-Watiya air base']],
  ['zawiya', 'الزاوية', 'Zawiya', 32.7571, 12.7278, 'city', ['الزاويه', 'Zawiya', 'Zawiyah'], true],
  ['sabratha', 'صبراتة', 'Sabratha', 32.7933, 12.4885, 'city', ['صبراته', 'Sabratha']],
  ['surman', 'صرمان', 'Surman', 32.7567, 12.5719, 'city', ['Surman', 'Sorman']],
  ['zintan', 'الزنتان', 'Zintan', 31.9317, 12.2529, 'city', ['زنتان', 'Zintan']],
  ['jufra', 'الجفرة', 'al-Jufra', 29.1144, 15.9497, 'region', ['الجفره', 'قاعدة الجفرة', 'Jufra', 'al-Jufra']],
  ['hun', 'هون', 'Hun', 29.1268, 15.9477, 'city', ['Hun', 'Houn'], true],
  ['tobruk', 'طبرق', 'Tobruk', 32.0836, 23.9764, 'city', ['Tobruk']],
  ['derna', 'درنة', 'Derna', 32.7648, 22.6391, 'city', ['درنه', 'Derna']],
  ['al-bayda', 'البيضاء', 'al-Bayda', 32.7627, 21.7551, 'city', ['Bayda', 'al-Bayda'], true],
  ['bani-walid', 'بني وليد', 'Bani Walid', 31.7566, 13.9942, 'city', ['Bani Walid']],
  ['zuwara', 'زوارة', 'Zuwara', 32.9312, 12.0819, 'city', ['زواره', 'Zuwara', 'Zuwarah']],
  ['khoms', 'الخمس', 'Khoms', 32.6486, 14.2619, 'city', ['Khoms', 'al-Khums'], true],
  ['zliten', 'زليتن', 'Zliten', 32.4674, 14.5687, 'city', ['Zliten', 'Zlitan']],
  ['msallata', 'مسلاتة', 'Msallata', 32.6167, 14.0, 'city', ['مسلاته', 'Msallata']],
  ['garabulli', 'القره بوللي', 'Garabulli', 32.7549, 13.7219, 'city', ['القربولي', 'قصر الأخيار', 'Garabulli', 'Qasr al-Akhyar']],
  ['nalut', 'نالوت', 'Nalut', 31.868, 10.9812, 'city', ['Nalut']],
  ['yafran', 'يفرن', 'Yafran', 32.0633, 12.5286, 'city', ['Yafran', 'Yefren']],
  ['ghadames', 'غدامس', 'Ghadames', 30.1337, 9.5007, 'city', ['Ghadames']],
  ['ubari', 'أوباري', 'Ubari', 26.5903, 12.7805, 'city', ['اوباري', 'Ubari', 'Awbari']],
  ['murzuq', 'مرزق', 'Murzuq', 25.9155, 13.9184, 'city', ['Murzuq', 'Murzuk']],
  ['kufra', 'الكفرة', 'Kufra', 24.1776, 23.3134, 'city', ['الكفره', 'Kufra']],
  ['brega', 'البريقة', 'Brega', 30.4167, 19.5667, 'city', ['البريقه', 'Brega']],
  ['ras-lanuf', 'راس لانوف', 'Ras Lanuf', 30.5, 18.55, 'city', ['رأس لانوف', 'Ras Lanuf']],
  ['al-wishka', 'الوشكة', 'al-Wishka', 31.3, 15.7, 'front', ['الوشكه', 'Wishka', 'al-Wishka']],
  ['abu-grein', 'أبوقرين', 'Abu Grein', 31.4333, 15.25, 'front', ['أبو قرين', 'ابوقرين', 'Abu Grein', 'Abugrein']],
  ['aziziya', 'العزيزية', 'al-Aziziya', 32.5308, 13.0175, 'city', ['العزيزيه', 'Aziziya', 'al-Aziziya', 'Azizia'], true],
  ['janzour', 'جنزور', 'Janzour', 32.8172, 13.0086, 'district', ['Janzour', 'Janzur']],
  ['tajoura', 'تاجوراء', 'Tajoura', 32.8817, 13.3506, 'district', ['تاجوراء', 'تاجورا', 'Tajoura', 'Tajura']],
  ['wershefana', 'ورشفانة', 'Wershefana', 32.6, 12.95, 'region', ['ورشفانه', 'Wershefana', 'Warshefana']],
  ['sidi-al-sayeh', 'سيدي السائح', 'Sidi al-Sayeh', 32.58, 13.25, 'front', ['Sidi al-Sayeh', 'Sidi Sayeh']],
  ['al-hira', 'الهيرة', 'al-Hira', 32.42, 13.05, 'front', ['الهيره', 'al-Hira']],
  // Tripoli districts and front lines
  ['ain-zara', 'عين زارة', 'Ain Zara', 32.7847, 13.2317, 'front', ['عين زاره', 'Ain Zara', 'Ain Zarah']],
  ['khallat-al-furjan', 'خلة الفرجان', 'Khallat al-Furjan', 32.7647, 13.1717, 'front', ['خله الفرجان', 'Khallat al-Furjan', 'Khalat al-Furjan']],
  ['al-khalla', 'الخلة', 'al-Khalla', 32.7600, 13.1800, 'front', ['الخله', 'منطقة الخلة', 'محور الخلة', 'al-Khalla'], true],
  ['wadi-al-rabie', 'وادي الربيع', 'Wadi al-Rabie', 32.7347, 13.2683, 'front', ['Wadi al-Rabie', 'Wadi Rabie', 'Wadi al-Rabi']],
  ['qasr-bin-ghashir', 'قصر بن غشير', 'Qasr bin Ghashir', 32.6833, 13.1833, 'front', ['قصر بنغشير', 'قصر بن غشیر', 'Qasr bin Ghashir', 'Qasr Ben Ghashir', 'Gasr Bin Gashir']],
  ['al-yarmouk', 'اليرموك', 'al-Yarmouk', 32.7700, 13.1900, 'facility', ['معسكر اليرموك', 'Yarmouk', 'al-Yarmouk', 'Yarmouk camp'], true],
  ['al-kremiya', 'الكريمية', 'al-Kremiya', 32.7767, 13.1267, 'district', ['الكريميه', 'Kremiya', 'al-Kremiya', 'Karimiya']],
  ['salah-al-din', 'صلاح الدين', 'Salah al-Din', 32.8000, 13.2000, 'district', ['Salah al-Din', 'Salaheddin', 'Salah Eddin'], true],
  ['al-sawani', 'السواني', 'al-Sawani', 32.7200, 13.0700, 'district', ['السوان', 'Sawani', 'al-Sawani', 'Swani'], true],
  ['al-ramla', 'الرملة', 'al-Ramla', 32.7650, 13.2100, 'district', ['الرمله', 'Ramla', 'al-Ramla'], true],
  ['souq-al-sabt', 'سوق السبت', 'Souq al-Sabt', 32.7450, 13.2400, 'district', ['Souq al-Sabt', 'Suq al-Sabt']],
  ['airport-road', 'طريق المطار', 'Airport Road', 32.7700, 13.1600, 'front', ['Airport Road'], true],
  ['tripoli-international-airport', 'مطار طرابلس الدولي', 'Tripoli International Airport', 32.6635, 13.159, 'facility', ['مطار طرابلس العالمي', 'Tripoli International Airport', 'Tripoli airport']],
  ['mitiga-airport', 'مطار معيتيقة', 'Mitiga Airport', 32.8941, 13.276, 'facility', ['معيتيقة', 'مطار امعيتيقة', 'قاعدة معيتيقة', 'Mitiga', 'Mitiga airport', 'Mitiga International Airport']],
  ['abu-salim', 'أبو سليم', 'Abu Salim', 32.8500, 13.1800, 'district', ['ابوسليم', 'أبوسليم', 'ابو سليم', 'Abu Salim', 'Abu Sleem']],
  ['al-hadba', 'الهضبة', 'al-Hadba', 32.8300, 13.2000, 'district', ['الهضبه', 'الهضبة الخضراء', 'al-Hadba'], true],
  ['mashrou-al-hadba', 'مشروع الهضبة', 'Mashrou al-Hadba', 32.8200, 13.1900, 'district', ['مشروع الهضبه', 'Mashrou al-Hadba'], true],
  ['al-sbea', 'السبيعة', 'al-Sbea', 32.6200, 13.2200, 'front', ['السبيعه', 'Sbea', 'al-Sbea', 'Espiaa']],
  ['al-zatarna', 'الزطارنة', 'al-Zatarna', 32.6500, 13.3000, 'front', ['الزطارنه', 'Zatarna', 'al-Zatarna']],
  ['takbali-camp', 'معسكر التكبالي', 'al-Takbali camp', 32.7800, 13.2100, 'facility', ['التكبالي', 'Takbali', 'Takbali camp']],
  ['cement-factory', 'مصنع الأسمنت', 'Cement factory (Tripoli)', 32.7100, 13.1000, 'facility', ['مصنع الاسمنت', 'cement factory'], true],
  ['martyrs-square', 'ميدان الشهداء', 'Martyrs\' Square', 32.8953, 13.1806, 'facility', ['ساحة الشهداء', "Martyrs' Square", 'Martyrs Square'], true],
  ['al-hamdiya', 'الحمدية', 'al-Hamdiya', 32.6900, 13.2600, 'front', ['الحمديه', 'Hamdiya']],
  ['al-tuwaisha', 'الطويشة', 'al-Tuwaisha', 32.7300, 13.1400, 'front', ['الطويشه', 'Tuwaisha']],
  ['al-aziziya-gate', 'بوابة الـ27', 'Gate 27', 32.8, 12.85, 'front', ['البوابة 27', 'Gate 27']],
  ['souq-al-juma', 'سوق الجمعة', 'Souq al-Juma', 32.8800, 13.2300, 'district', ['سوق الجمعه', 'Souq al-Juma', 'Suq al-Jumaa']],
  ['hay-al-andalus', 'حي الأندلس', 'Hay al-Andalus', 32.8700, 13.1300, 'district', ['Hay al-Andalus']],
  ['al-furnaj', 'الفرناج', 'al-Furnaj', 32.8400, 13.2200, 'district', ['Furnaj']],
  ['al-hadaba-camp', 'معسكر حمزة', 'Hamza camp', 32.7900, 13.2000, 'facility', ['Hamza camp']],
  ['bab-al-aziziya', 'باب العزيزية', 'Bab al-Aziziya', 32.8700, 13.1700, 'district', ['باب العزيزيه', 'Bab al-Aziziya']],
  ['fashloum', 'فشلوم', 'Fashloum', 32.8900, 13.2000, 'district', ['Fashloum']],
  ['al-mayah', 'الماية', 'al-Mayah', 32.79, 12.92, 'district', ['الماية', 'Mayah'], true],
];

export const DEFAULT_LOCATIONS: GazetteerEntry[] = ROWS.map(([key, nameAr, nameEn, lat, lon, kind, aliases, ambiguous]) => ({
  key, nameAr, nameEn, lat, lon, kind, aliases, ...(ambiguous ? { ambiguous: true } : {}),
}));
