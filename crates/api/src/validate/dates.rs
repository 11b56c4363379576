//! Dates: birth dates and identity-document expiry dates, judged against "today" in Morocco's
//! legal time (Africa/Casablanca: UTC+1, UTC+0 during Ramadan), never UTC.

use super::ValidationError;
use super::normalize::{all_ascii_digits, compact};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Oldest plausible age, in years.
const MAX_AGE_YEARS: i32 = 120;
/// Furthest plausible expiry date, in years from today (a CNIE is valid 10 years).
const MAX_EXPIRY_YEARS: i32 = 30;

/// Today's date in Africa/Casablanca at the instant `now`.
pub fn casablanca_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Africa::Casablanca)
        .date_naive()
}

/// Reads the three numeric date fields (day, month, 4-digit year) the forms show.
pub fn parse_date_parts(day: &str, month: &str, year: &str) -> Result<NaiveDate, ValidationError> {
    let (d, m, y) = (compact(day), compact(month), compact(year));
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Err(ValidationError::Required);
    }
    let number = |s: &str, max_len: usize| -> Result<u32, ValidationError> {
        if all_ascii_digits(s) && s.len() <= max_len {
            s.parse().map_err(|_| ValidationError::DateInvalid)
        } else {
            Err(ValidationError::DateInvalid)
        }
    };
    let (d, m) = (number(&d, 2)?, number(&m, 2)?);
    if y.len() != 4 {
        return Err(ValidationError::DateInvalid);
    }
    let y = i32::try_from(number(&y, 4)?).map_err(|_| ValidationError::DateInvalid)?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or(ValidationError::DateInvalid)
}

/// Reads an ISO 8601 calendar date (`YYYY-MM-DD`), the form dates travel in.
pub fn parse_iso_date(input: &str) -> Result<NaiveDate, ValidationError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(ValidationError::Required);
    }
    // Exactly `DDDD-DD-DD` in ASCII: chrono alone would also take `+0000-01-1`.
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(ValidationError::DateInvalid);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| ValidationError::DateInvalid)
}

/// A birth date is today or earlier, and at most 120 years ago.
pub fn validate_birth_date(
    date: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, ValidationError> {
    if date > today {
        return Err(ValidationError::DateInFuture);
    }
    if date < years_from(today, -MAX_AGE_YEARS) {
        return Err(ValidationError::DateTooOld);
    }
    Ok(date)
}

/// An identity document is valid up to and including its expiry date.
pub fn validate_document_expiry(
    date: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, ValidationError> {
    if date < today {
        return Err(ValidationError::DocumentExpired);
    }
    if date > years_from(today, MAX_EXPIRY_YEARS) {
        return Err(ValidationError::DateTooFar);
    }
    Ok(date)
}

fn years_from(today: NaiveDate, years: i32) -> NaiveDate {
    let year = today.year() + years;
    // 29 February falls back to 28 February in a non-leap year.
    NaiveDate::from_ymd_opt(year, today.month(), today.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, today.month(), today.day() - 1))
        .unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("valid instant")
    }

    #[test]
    fn casablanca_today_is_an_hour_ahead_of_utc_outside_ramadan() {
        // 23:30 UTC on 26 November is 00:30 on 27 November in Casablanca (UTC+1).
        assert_eq!(
            casablanca_today(utc(2026, 11, 26, 23, 30)),
            date(2026, 11, 27)
        );
        assert_eq!(
            casablanca_today(utc(2026, 11, 26, 22, 59)),
            date(2026, 11, 26)
        );
    }

    #[test]
    fn casablanca_today_follows_utc_during_ramadan() {
        // During Ramadan 2026 (about 15 February – 22 March) Morocco is on UTC+0.
        assert_eq!(casablanca_today(utc(2026, 3, 1, 23, 30)), date(2026, 3, 1));
        assert_eq!(casablanca_today(utc(2026, 3, 2, 0, 0)), date(2026, 3, 2));
    }

    #[test]
    fn a_card_expiring_today_in_casablanca_is_still_valid_at_the_midnight_boundary() {
        let expiry = date(2026, 11, 26);
        // 22:59 UTC = 23:59 in Casablanca on the expiry day: valid.
        let before_midnight = casablanca_today(utc(2026, 11, 26, 22, 59));
        assert_eq!(
            validate_document_expiry(expiry, before_midnight),
            Ok(expiry)
        );
        // 23:00 UTC = 00:00 the next day in Casablanca: expired, although UTC still says the 26th.
        let after_midnight = casablanca_today(utc(2026, 11, 26, 23, 0));
        assert_eq!(
            validate_document_expiry(expiry, after_midnight),
            Err(ValidationError::DocumentExpired)
        );
    }

    #[test]
    fn expiry_dates_too_far_ahead_are_typos() {
        let today = date(2026, 11, 26);
        assert_eq!(
            validate_document_expiry(date(2056, 11, 26), today),
            Ok(date(2056, 11, 26))
        );
        assert_eq!(
            validate_document_expiry(date(2056, 11, 27), today),
            Err(ValidationError::DateTooFar)
        );
    }

    #[test]
    fn birth_dates_are_in_the_past_and_at_most_120_years_ago() {
        let today = date(2026, 11, 26);
        assert_eq!(validate_birth_date(today, today), Ok(today));
        assert_eq!(
            validate_birth_date(date(2026, 11, 27), today),
            Err(ValidationError::DateInFuture)
        );
        assert_eq!(
            validate_birth_date(date(1906, 11, 26), today),
            Ok(date(1906, 11, 26))
        );
        assert_eq!(
            validate_birth_date(date(1906, 11, 25), today),
            Err(ValidationError::DateTooOld)
        );
        // A leap-day today does not break the 120-year bound.
        assert!(validate_birth_date(date(1950, 1, 1), date(2028, 2, 29)).is_ok());
    }

    #[test]
    fn three_field_dates_accept_arabic_digits_and_refuse_impossible_days() {
        assert_eq!(parse_date_parts("5", "3", "1950"), Ok(date(1950, 3, 5)));
        assert_eq!(parse_date_parts("٠٥", "٠٣", "١٩٥٠"), Ok(date(1950, 3, 5)));
        assert_eq!(
            parse_date_parts(" 29 ", "02", "2024"),
            Ok(date(2024, 2, 29))
        );
        for (d, m, y) in [
            ("29", "2", "2023"),
            ("31", "4", "2000"),
            ("1", "13", "2000"),
            ("0", "1", "2000"),
            ("1", "1", "50"),
            ("1", "1", "19500"),
            ("a", "1", "2000"),
            ("", "1", "2000"),
        ] {
            assert_eq!(
                parse_date_parts(d, m, y),
                Err(ValidationError::DateInvalid),
                "{d}/{m}/{y}"
            );
        }
        assert_eq!(
            parse_date_parts("", " ", ""),
            Err(ValidationError::Required)
        );
    }

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(parse_iso_date("1950-03-05"), Ok(date(1950, 3, 5)));
        // "+0000-01-1" has ten characters, and chrono alone took it (found by a property test).
        for input in [
            "1950-3-5",
            "05/03/1950",
            "1950-02-30",
            "19500305",
            "+0000-01-1",
            "1950-0３-05",
        ] {
            assert_eq!(
                parse_iso_date(input),
                Err(ValidationError::DateInvalid),
                "{input}"
            );
        }
        assert_eq!(parse_iso_date(""), Err(ValidationError::Required));
    }
}
