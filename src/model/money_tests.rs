use super::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect("test literal")
}

const DE: Language = Language::De;
const EN: Language = Language::En;

#[test]
fn euros_are_read_the_way_people_type_them() {
    let table: &[(Language, &str, &str)] = &[
        (DE, "1.234.567,89 €", "1234567.89"),
        (DE, "1.234.567,89\u{a0}€", "1234567.89"),
        (DE, "1\u{202f}234\u{202f}567,89 €", "1234567.89"),
        (DE, "1 234 567", "1234567"),
        (DE, "1,2 Mio. €", "1200000"),
        (DE, "1,2 Mrd. €", "1200000000"),
        (DE, "3 Mrd. €", "3000000000"),
        (DE, "3 Mrd €", "3000000000"),
        (DE, "250 Tsd. €", "250000"),
        (DE, "EUR 420 Mio", "420000000"),
        (DE, "2 Milliarden Euro", "2000000000"),
        (DE, "1 Billion €", "1000000000000"),
        (DE, "0,5", "0.5"),
        (DE, "12,", "12"),
        (DE, "1.200", "1200"),
        (EN, "€1,234,567.89", "1234567.89"),
        (EN, "€1.2m", "1200000"),
        (EN, "€3bn", "3000000000"),
        (EN, "€ 250k", "250000"),
        (EN, "1.5 million", "1500000"),
        (EN, "1 billion EUR", "1000000000"),
        (EN, "€1\u{2009}234", "1234"),
        (EN, "+12", "12"),
    ];
    for (language, input, expected) in table {
        let parsed = Euros::parse(input, *language);
        assert_eq!(
            parsed.map(Euros::value),
            Ok(dec(expected)),
            "{input:?} in {language:?}"
        );
    }
}

#[test]
fn units_are_whole_numbers_with_scale_words() {
    let table: &[(Language, &str, u64)] = &[
        (DE, "250 Tsd. Stück", 250_000),
        (DE, "35.000", 35_000),
        (DE, "1,5 Mio. Stk.", 1_500_000),
        (DE, "90 000 Stück", 90_000),
        (EN, "1.5 million", 1_500_000),
        (EN, "250 thousand units", 250_000),
        (EN, "35,000 pcs", 35_000),
        (EN, "12k", 12_000),
    ];
    for (language, input, expected) in table {
        assert_eq!(
            Units::parse(input, *language).map(Units::count),
            Ok(*expected),
            "{input:?} in {language:?}"
        );
    }
}

#[test]
fn bad_input_says_why() {
    let ambiguous = |d: &str, t: &str| NumberError::Ambiguous {
        as_decimal: d.to_owned(),
        as_thousands: t.to_owned(),
    };
    let table: &[(Language, &str, NumberError)] = &[
        (DE, "", NumberError::Empty),
        (DE, "   ", NumberError::Empty),
        (DE, "1.2", ambiguous("1,2", "1.200")),
        (DE, "1.2 Mio. €", ambiguous("1,2", "1.200")),
        (DE, "1.25", ambiguous("1,25", "1.250")),
        (EN, "1,2", ambiguous("1.2", "1,200")),
        (DE, "-5 €", NumberError::Negative),
        (EN, "−€5", NumberError::Negative),
        (EN, "€-5", NumberError::Negative),
        (DE, "12.34.5", NumberError::BadGrouping),
        (DE, "1,234.5", NumberError::BadGrouping),
        (DE, "1,2,3", NumberError::TwoDecimalSeparators),
        (DE, "zwölf", NumberError::Unexpected('z')),
        (DE, "€", NumberError::NoDigits),
        (DE, "0,001 €", NumberError::TooPrecise),
        (
            DE,
            "99999999999999999999999999999999",
            NumberError::TooLarge,
        ),
        (EN, "€2000000tn", NumberError::TooLarge),
        (EN, "5 apples", NumberError::Unexpected('a')),
    ];
    for (language, input, expected) in table {
        assert_eq!(
            Euros::parse(input, *language).as_ref().err(),
            Some(expected),
            "{input:?} in {language:?}"
        );
    }
    assert_eq!(Units::parse("2,5", DE), Err(NumberError::NotWhole));
    assert_eq!(Units::parse("-3", EN), Err(NumberError::Negative));
}

/// The words say how a figure is written, whatever the session's language; where they
/// say nothing, the session's language does.
#[test]
fn figures_typed_the_other_language_s_way_read_by_their_words() {
    let euros: &[(Language, &str, &str)] = &[
        (DE, "€1.2m", "1200000"),
        (DE, "€1.2B", "1200000000"),
        (DE, "€1,234.5k", "1234500"),
        (DE, "250k", "250000"),
        (EN, "1,2 Mrd. €", "1200000000"),
        (EN, "600 Mio. €", "600000000"),
        (EN, "1.500 Tsd. €", "1500000"),
        (EN, "2 Milliarden Euro", "2000000000"),
    ];
    for (language, input, expected) in euros {
        assert_eq!(
            Euros::parse(input, *language).map(Euros::value),
            Ok(dec(expected)),
            "{input:?} in {language:?}"
        );
    }
    // Silently wrong by a factor of 1,000 before: the unit word is German.
    assert_eq!(
        Units::parse("35.000 Stück", EN).map(Units::count),
        Ok(35_000)
    );
    assert_eq!(
        Units::parse("35,000 units", DE).map(Units::count),
        Ok(35_000)
    );
    assert_eq!(
        Units::parse("1,5 Mio. Stk.", EN).map(Units::count),
        Ok(1_500_000)
    );
    // Nothing decides: the session's language, and what stays ambiguous says so.
    assert!(matches!(
        Euros::parse("1.5 million €", DE),
        Err(NumberError::Ambiguous { .. })
    ));
    assert_eq!(
        Units::parse("35.000", EN),
        Err(NumberError::Ambiguous {
            as_decimal: "35".into(),
            as_thousands: "35,000".into()
        }),
        "a count has no decimals: ask rather than read 35, and say the two as numbers"
    );
    assert_eq!(
        crate::i18n::number_error(EN, &Units::parse("35.000", EN).expect_err("asks")),
        "Ambiguous: did you mean 35 or 35,000?"
    );
    assert_eq!(Units::parse("35.000", DE).map(Units::count), Ok(35_000));
}

#[test]
fn approximations_are_read_as_their_value() {
    let table: &[(Language, &str, &str)] = &[
        (DE, "ca. 100 Tsd.", "100000"),
        (DE, "~100 Tsd", "100000"),
        (DE, "≈ 2 Mio. €", "2000000"),
        (DE, "rund 600 Mio. €", "600000000"),
        (DE, "etwa 1,2 Mrd. €", "1200000000"),
        (EN, "approx. €1.2bn", "1200000000"),
        (EN, "about 250k", "250000"),
        (EN, "around €3m", "3000000"),
        (EN, "roughly 40,000", "40000"),
    ];
    for (language, input, expected) in table {
        assert_eq!(
            Euros::parse(input, *language).map(Euros::value),
            Ok(dec(expected)),
            "{input:?} in {language:?}"
        );
    }
    assert_eq!(
        Euros::parse("cash 5", DE),
        Err(NumberError::Unexpected('c'))
    );
    assert_eq!(Euros::parse("ca.", DE), Err(NumberError::Empty));
}

#[test]
fn german_billion_is_ten_to_the_twelve_english_is_ten_to_the_nine() {
    assert_eq!(
        Units::parse("1 Billion", DE).map(Units::count),
        Ok(1_000_000_000_000)
    );
    assert_eq!(
        Units::parse("1 billion", EN).map(Units::count),
        Ok(1_000_000_000)
    );
}

#[test]
fn full_and_compact_forms() {
    let amount = Euros::new(dec("1234567.89")).expect("valid");
    assert_eq!(amount.full(DE), "1.234.567,89 €");
    assert_eq!(amount.full(EN), "€1,234,567.89");
    assert_eq!(amount.compact(DE), "1,23 Mio. €");
    assert_eq!(amount.compact(EN), "€1.23m");
    // What was typed shows as typed: 1,25 Mrd. is not 1,2 Mrd.
    let typed = Euros::new(dec("1250000000")).expect("valid");
    assert_eq!(typed.compact(DE), "1,25 Mrd. €");
    assert_eq!(
        Euros::from_whole(1_200_000_000).expect("valid").compact(DE),
        "1,2 Mrd. €"
    );
    let billions = Euros::from_whole(3_000_000_000).expect("valid");
    assert_eq!(billions.compact(DE), "3 Mrd. €");
    assert_eq!(billions.compact(EN), "€3bn");
    let small = Euros::new(dec("12.5")).expect("valid");
    assert_eq!(small.full(DE), "12,50 €");
    assert_eq!(small.compact(EN), "€12.5");
    let units = Units::new(250_000).expect("valid");
    assert_eq!(units.full(DE), "250.000 Stück");
    assert_eq!(units.compact(DE), "250 Tsd. Stück");
    assert_eq!(units.full(EN), "250,000 units");
    assert_eq!(
        Units::new(1_500_000).expect("valid").compact(EN),
        "1.5 million units"
    );
    assert_eq!(format_number(dec("1234.5"), DE), "1.234,5");
    assert_eq!(format_number(dec("-3"), EN), "-3");
    assert_eq!(format_ratio(dec("2.4285"), DE), "2,4");
}

#[test]
fn files_hold_money_as_a_plain_decimal_string() {
    let amount = Euros::parse("1,2 Mrd. €", DE).expect("valid");
    assert_eq!(
        ron::to_string(&amount).expect("serialises"),
        "\"1200000000\""
    );
    let back: Euros = ron::from_str("\"1200000000\"").expect("parses");
    assert_eq!(back, amount);
    assert_eq!(
        ron::to_string(&Units::new(5).expect("valid")).expect("serialises"),
        "5"
    );
}

/// Amounts as people type them: most under a million, many in the millions and
/// billions of a market, a few up to the limit (a uniform draw up to 10¹⁴ cents would
/// almost never try an amount under a million).
fn cents() -> impl Strategy<Value = Euros> {
    prop_oneof![
        4 => 0_i64..100_000_000,
        4 => 100_000_000_i64..1_000_000_000_000,
        1 => 0_i64..LIMIT / 10,
    ]
    .prop_map(|cents| Euros::new(Decimal::new(cents, 2)).expect("within the limit"))
}

proptest! {
    #[test]
    fn full_form_reads_back_to_the_same_euros(amount in cents()) {
        for language in Language::ALL {
            prop_assert_eq!(Euros::parse(&amount.full(language), language), Ok(amount));
        }
    }

    #[test]
    fn full_form_reads_back_to_the_same_units(count in 0_u64..LIMIT as u64) {
        let units = Units::new(count).expect("within the limit");
        for language in Language::ALL {
            prop_assert_eq!(Units::parse(&units.full(language), language), Ok(units));
        }
    }

    #[test]
    fn compact_form_reads_back_within_rounding(amount in cents()) {
        for language in Language::ALL {
            let shown = amount.compact(language);
            let back = Euros::parse(&shown, language);
            prop_assert!(back.is_ok(), "{} did not parse", shown);
            // One decimal of the scale (Tsd., Mio., Mrd.): off by at most half of it,
            // which is at most 5 % of the amount; below a thousand, half a euro.
            let off = (back.map(Euros::value).unwrap_or_default() - amount.value()).abs();
            let allowed = (amount.value() * Decimal::new(5, 2)).max(Decimal::new(5, 1));
            prop_assert!(off <= allowed, "{} read back {} off", shown, off);
        }
    }

    #[test]
    fn parsing_never_panics(input in "\\PC{0,24}") {
        for language in Language::ALL {
            let _ = Euros::parse(&input, language);
            let _ = Units::parse(&input, language);
            let _ = parse_number(&input, language);
        }
    }
}

#[test]
fn short_counts_for_table_columns() {
    assert_eq!(Units::new(35_000).expect("valid").short(DE), "35 Tsd.");
    assert_eq!(Units::new(35_000).expect("valid").short(EN), "35k");
    assert_eq!(Units::new(1_500_000).expect("valid").short(EN), "1.5m");
    assert_eq!(Units::new(999).expect("valid").short(EN), "999");
}

/// What CLDR — the locale data of Excel, browsers and ICU — writes for these amounts in
/// de-DE, de-AT, de-CH, en-GB, en-US and en-IE (currency, plain decimal, compact), read
/// in a session of that language. de-AT groups with a no-break space, de-CH with `’`.
#[test]
fn what_cldr_writes_in_dach_and_english_locales_reads_back() {
    let nbsp = '\u{a0}';
    let table: Vec<(Language, String, &str)> = vec![
        // de-DE
        (DE, "1.234.567,89 €".into(), "1234567.89"),
        (DE, format!("1.234.567,89{nbsp}€"), "1234567.89"),
        (DE, "1.234.567,89".into(), "1234567.89"),
        (DE, format!("1,2{nbsp}Mio.{nbsp}€"), "1200000"),
        (DE, "1,2 Mrd. €".into(), "1200000000"),
        (DE, "1,2 Bio. €".into(), "1200000000000"),
        (DE, "1200 €".into(), "1200"),
        // de-AT
        (DE, format!("€{nbsp}1{nbsp}234{nbsp}567,89"), "1234567.89"),
        (DE, format!("1{nbsp}234{nbsp}567,89"), "1234567.89"),
        (DE, format!("1,2{nbsp}Mio.{nbsp}€"), "1200000"),
        // de-CH
        (DE, "1’234’567.89".into(), "1234567.89"),
        (DE, format!("€{nbsp}1’234’567.89"), "1234567.89"),
        (DE, format!("EUR{nbsp}1’234’567.89"), "1234567.89"),
        (DE, "EUR 1'234'567.89".into(), "1234567.89"),
        (DE, "1'234'567 €".into(), "1234567"),
        (DE, "1’234’567,89 €".into(), "1234567.89"),
        // en-GB, en-US, en-IE
        (EN, "€1,234,567.89".into(), "1234567.89"),
        (EN, "1,234,567.89".into(), "1234567.89"),
        (EN, "€1.2K".into(), "1200"),
        (EN, "€1.2M".into(), "1200000"),
        (EN, "€1.2B".into(), "1200000000"),
        (EN, "1.2B".into(), "1200000000"),
        (EN, "€1.2T".into(), "1200000000000"),
        (EN, "1.2bn".into(), "1200000000"),
        (EN, "1.2tn".into(), "1200000000000"),
        (EN, "1’234’567.89".into(), "1234567.89"),
    ];
    for (language, input, expected) in &table {
        assert_eq!(
            Euros::parse(input, *language).map(Euros::value),
            Ok(dec(expected)),
            "{input:?} in {language:?}"
        );
    }
    for (language, input, expected) in [
        (DE, "35’000 Stück", 35_000),
        (DE, "35'000", 35_000),
        (EN, "35,000 units", 35_000),
        (EN, "1.2M", 1_200_000),
        (EN, "2B units", 2_000_000_000),
    ] {
        assert_eq!(
            Units::parse(input, language).map(Units::count),
            Ok(expected),
            "{input:?} in {language:?}"
        );
    }
}

#[test]
fn german_readings_that_stay_ambiguous_and_tonnes_that_are_no_trillions() {
    // de-CH's compact "1.2 Mio." and a bare "12.50" are ambiguous under German rules.
    for input in ["12.50", "1.2 Mio. €"] {
        assert!(
            matches!(Euros::parse(input, DE), Err(NumberError::Ambiguous { .. })),
            "{input}"
        );
    }
    assert!(
        Units::parse("35 t", DE).is_err(),
        "a tonne is not a trillion"
    );
    assert!(
        Euros::parse("1'234.567,8", DE).is_err(),
        "two decimal marks"
    );
}

#[test]
fn what_seam_writes_reads_back_in_both_languages_with_the_new_shorthand() {
    for language in [DE, EN] {
        for value in ["1200000000", "1234567.89", "950000", "1200000000000"] {
            let euros = Euros::new(dec(value)).expect("in range");
            assert_eq!(
                Euros::parse(&euros.full(language), language),
                Ok(euros),
                "{value} in {language:?}"
            );
        }
    }
}
