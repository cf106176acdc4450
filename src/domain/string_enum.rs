//! `string_enum!`: a fieldless enum whose variants each have one fixed name, the name used on
//! the command line, in the store, in JSON and in templates. One table per enum gives its
//! `ALL`, `as_str`, `parse` and `Display`, so a name cannot be spelt two ways in two places; a
//! `FromStr` carrying the enum's own error message is generated on request. Any layer may use
//! it (`use crate::domain::string_enum;`).

/// Declares a fieldless enum from `Variant = "name"` pairs, and generates:
/// - `ALL`, every variant in declaration order;
/// - `as_str(self) -> &'static str`, the variant's name, and `Display` printing it;
/// - `parse(&str) -> Option<Self>`, the variant with exactly that name (how stored names are
///   read back);
/// - with a trailing `from_str(MODE) |s| -> Err { error }`, `FromStr`, failing with `error`.
///   `exact` takes names as they are written; `lenient` also forgives surrounding space, ASCII
///   upper case and `-` for `_`, as a person types them (`Law-Enforcement`).
///
/// Attributes (doc comments, derives, `serde`) pass through to the enum and its variants.
///
/// ```ignore
/// string_enum! {
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub(crate) enum Route {
///         /// The platform's in-app report button.
///         InApp = "in_app",
///         Email = "email",
///     }
///     from_str(lenient) |s| -> String { format!("unknown route `{s}`") }
/// }
/// ```
macro_rules! string_enum {
    (@key exact $input:ident) => {
        $input
    };
    (@key lenient $input:ident) => {
        &$crate::domain::string_enum::lenient($input)
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
        $( from_str($mode:ident) |$input:ident| -> $err:ty $error:block )?
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            #[allow(dead_code, reason = "generated for every string enum; some are never listed")]
            $vis const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The variant's one name.
            $vis fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The variant named exactly `name`.
            #[allow(dead_code, reason = "generated for every string enum; some are never read back")]
            $vis fn parse(name: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.as_str() == name)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        $(
            impl ::std::str::FromStr for $name {
                type Err = $err;

                fn from_str($input: &str) -> Result<Self, Self::Err> {
                    $name::parse($crate::domain::string_enum!(@key $mode $input))
                        .ok_or_else(|| $error)
                }
            }
        )?
    };
}

pub(crate) use string_enum;

/// A name as a person may type it: without surrounding space, in lower case, `_` for `-`.
pub(crate) fn lenient(input: &str) -> String {
    input.trim().to_ascii_lowercase().replace('-', "_")
}

#[cfg(test)]
mod tests {
    string_enum! {
        /// A doc comment and derives pass through.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Tide {
            Low = "low",
            /// So do a variant's.
            HighWater = "high_water",
        }
        from_str(lenient) |s| -> String { format!("no tide `{s}`") }
    }

    string_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Stored {
            One = "one",
            TwoParts = "two_parts",
        }
        from_str(exact) |text| -> (usize, String) { (text.len(), text.to_owned()) }
    }

    string_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Unparsed {
            Only = "only",
        }
    }

    #[test]
    fn the_table_gives_all_names_display_and_exact_parse() {
        assert_eq!(Tide::ALL, [Tide::Low, Tide::HighWater]);
        assert_eq!(Tide::HighWater.as_str(), "high_water");
        assert_eq!(Tide::HighWater.to_string(), "high_water");
        assert_eq!(Tide::parse("high_water"), Some(Tide::HighWater));
        assert_eq!(Tide::parse("High-Water"), None, "parse is exact");
        assert_eq!(Unparsed::ALL.map(Unparsed::as_str), ["only"]);
        assert_eq!(Unparsed::parse("only"), Some(Unparsed::Only));
    }

    #[test]
    fn lenient_from_str_forgives_space_case_and_dashes_and_keeps_the_raw_input_in_errors() {
        assert_eq!(" High-WATER ".parse(), Ok(Tide::HighWater));
        assert_eq!("low".parse(), Ok(Tide::Low));
        assert_eq!(
            "high tide".parse::<Tide>(),
            Err("no tide `high tide`".to_owned())
        );
        assert_eq!(" Low-".parse::<Tide>(), Err("no tide ` Low-`".to_owned()));
    }

    #[test]
    fn exact_from_str_takes_names_only_as_written_with_the_callers_error_type() {
        assert_eq!("two_parts".parse(), Ok(Stored::TwoParts));
        assert_eq!(
            "two-parts".parse::<Stored>(),
            Err((9, "two-parts".to_owned()))
        );
        assert_eq!(" one".parse::<Stored>(), Err((4, " one".to_owned())));
        assert_eq!("ONE".parse::<Stored>(), Err((3, "ONE".to_owned())));
    }
}
