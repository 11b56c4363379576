//! Static reference tables of the private space, compiled in: the CNSS agencies the app lists
//! (`GET /v1/agencies`) and the names of Moroccan banks by the 3-digit bank code that opens a
//! RIB. Both are **demo data**: the agencies are real CNSS cities but their addresses and phone
//! numbers are approximate, and the bank table is a small selection, not Bank Al-Maghrib's
//! register. A production server would read both from CNSS's own reference data.

use macnss_api::records::Agency;

/// The CNSS call centre, as the notices about a sensitive change name it. (The number the demo
/// assumes for «Allo CNSS»; check it before any production use.)
pub const CNSS_PHONE: &str = "080 200 72 72";

/// (name, city, address, phone E.164): demo data, addresses approximate.
const AGENCIES: &[(&str, &str, &str, &str)] = &[
    (
        "Agence CNSS Casablanca Hay Hassani",
        "Casablanca",
        "Boulevard Abdelmoumen, Casablanca",
        "+212522470000",
    ),
    (
        "Agence CNSS Rabat Agdal",
        "Rabat",
        "Avenue de France, Agdal, Rabat",
        "+212537670000",
    ),
    (
        "Agence CNSS Marrakech Guéliz",
        "Marrakech",
        "Avenue Mohammed V, Guéliz, Marrakech",
        "+212524430000",
    ),
    (
        "Agence CNSS Fès Ville Nouvelle",
        "Fès",
        "Avenue Hassan II, Fès",
        "+212535620000",
    ),
    (
        "Agence CNSS Tanger",
        "Tanger",
        "Boulevard Mohammed VI, Tanger",
        "+212539320000",
    ),
    (
        "Agence CNSS Agadir",
        "Agadir",
        "Avenue Hassan II, Agadir",
        "+212528820000",
    ),
    (
        "Agence CNSS Meknès",
        "Meknès",
        "Avenue des FAR, Meknès",
        "+212535520000",
    ),
    (
        "Agence CNSS Oujda",
        "Oujda",
        "Boulevard Mohammed V, Oujda",
        "+212536680000",
    ),
    (
        "Agence CNSS Kénitra",
        "Kénitra",
        "Avenue Mohammed Diouri, Kénitra",
        "+212537370000",
    ),
    (
        "Agence CNSS Tétouan",
        "Tétouan",
        "Avenue Mohammed V, Tétouan",
        "+212539710000",
    ),
    (
        "Agence CNSS Laâyoune",
        "Laâyoune",
        "Avenue de la Mecque, Laâyoune",
        "+212528890000",
    ),
];

/// The agencies, by city.
pub fn agencies() -> Vec<Agency> {
    let mut all: Vec<Agency> = AGENCIES
        .iter()
        .map(|(name, city, address, phone)| Agency {
            name: (*name).to_owned(),
            city: (*city).to_owned(),
            address: (*address).to_owned(),
            phone: (*phone).to_owned(),
        })
        .collect();
    all.sort_by(|a, b| a.city.cmp(&b.city));
    all
}

/// Bank names by RIB bank code: a demo selection.
const BANKS: &[(&str, &str)] = &[
    ("007", "Attijariwafa bank"),
    ("011", "Bank of Africa"),
    ("013", "BMCI"),
    ("021", "Crédit du Maroc"),
    ("022", "Société Générale Maroc"),
    ("145", "Banque Populaire"),
    ("157", "Banque Populaire"),
    ("181", "Banque Populaire"),
    ("190", "Banque Populaire"),
    ("225", "Crédit Agricole du Maroc"),
    ("230", "CIH Bank"),
    ("350", "Al Barid Bank"),
];

/// The bank codes of the table (for demo and synthetic data).
pub fn bank_codes() -> impl Iterator<Item = &'static str> {
    BANKS.iter().map(|(code, _)| *code)
}

/// The bank's name for a RIB's 3-digit code; a code outside the table is named by its code.
pub fn bank_name(code: &str) -> String {
    BANKS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| format!("Banque (code {code})"), |(_, n)| (*n).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_have_e164_phones_and_banks_are_named_by_code() {
        let all = agencies();
        assert!(all.len() >= 10);
        for a in &all {
            assert!(
                macnss_api::validate::parse_mobile_phone(&a.phone).is_err(),
                "a landline"
            );
            assert!(a.phone.starts_with("+2125") && a.phone.len() == 13, "{a:?}");
        }
        assert_eq!(bank_name("007"), "Attijariwafa bank");
        assert_eq!(bank_name("999"), "Banque (code 999)");
    }
}
