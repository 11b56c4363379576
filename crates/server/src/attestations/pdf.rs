//! The attestation as a PDF: A4, French on the left and Arabic on the right of the same page,
//! PDF/A-2u (krilla validates it while writing), the QR code of the signed statement at the
//! foot.
//!
//! Text is shaped with rustybuzz (the shaper krilla itself uses), so Arabic letters join and
//! marks sit where the font puts them; a line is split into bidirectional runs (Unicode's
//! algorithm, `unicode-bidi`), each set in the font that has its script — Noto Naskh Arabic for
//! Arabic, Noto Sans for the rest (names, digits, dates) — and placed in visual order, right
//! to left in an Arabic paragraph. Each glyph carries the text of its cluster, so the text is
//! searchable and extracts in logical order. The fonts are embedded as subsets.

use krilla::Document;
use krilla::SerializeSettings;
use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder, Validator};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use std::sync::{Arc, OnceLock};
use unicode_bidi::{BidiInfo, Level};

const LATIN: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf");

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 48.0;
/// The gap between the French and the Arabic columns.
const GUTTER: f32 = 24.0;
const COLUMN_W: f32 = (PAGE_W - 2.0 * MARGIN - GUTTER) / 2.0;

/// The CNSS blue (the app's `--cnss-blue`, assets/main.css), and greys for labels and rules.
const BRAND: (u8, u8, u8) = (0x0b, 0x4f, 0x8a);
const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const MUTED: (u8, u8, u8) = (0x4d, 0x4d, 0x4d);

/// A face: its bytes (for shaping) and krilla's font (for drawing).
struct Face {
    bytes: &'static [u8],
    font: Font,
}

struct Faces {
    latin: Face,
    latin_bold: Face,
    arabic: Face,
    arabic_bold: Face,
}

impl Faces {
    /// The face of a run: Naskh for Arabic, Noto Sans for the rest; bold or regular.
    fn pick(&self, arabic: bool, bold: bool) -> &Face {
        match (arabic, bold) {
            (true, false) => &self.arabic,
            (true, true) => &self.arabic_bold,
            (false, false) => &self.latin,
            (false, true) => &self.latin_bold,
        }
    }
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let face = |bytes: &'static [u8]| Face {
            bytes,
            font: Font::new(Arc::new(bytes.to_vec()).into(), 0)
                .expect("the bundled fonts parse (checked by tests)"),
        };
        Faces {
            latin: face(LATIN),
            latin_bold: face(LATIN_BOLD),
            arabic: face(ARABIC),
            arabic_bold: face(ARABIC_BOLD),
        }
    })
}

/// A run of glyphs in one font, in one direction, with the text they stand for.
struct Run {
    bold: bool,
    arabic: bool,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// The advance, in ems.
    advance: f32,
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Shapes `text` in one face and direction (as krilla's own `draw_text` does, with each
/// glyph's cluster as its text range).
fn shape(face: &Face, text: &str, rtl: bool) -> (Vec<KrillaGlyph>, f32) {
    let rb = rustybuzz::Face::from_slice(face.bytes, 0).expect("the bundled fonts parse");
    let upem = f32::from(rb.units_per_em() as u16);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let output = rustybuzz::shape(&rb, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // A cluster's text ends where the next cluster (in logical order) begins.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        starts
            .iter()
            .find(|&&s| s > start)
            .copied()
            .unwrap_or(text.len())
    };
    let mut advance = 0.0;
    let glyphs = infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            advance += pos.x_advance as f32 / upem;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / upem,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                start..end_of(start),
                None,
            )
        })
        .collect();
    (glyphs, advance)
}

/// One line of text laid out in visual order: its runs, left to right.
struct Line {
    runs: Vec<Run>,
}

impl Line {
    /// Lays out `text` (one line, logical order) in a paragraph of direction `rtl`.
    fn new(text: &str, rtl: bool, bold: bool) -> Self {
        let faces = faces();
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(level));
        let arabic_face =
            rustybuzz::Face::from_slice(faces.arabic.bytes, 0).expect("the bundled fonts parse");
        let mut runs = Vec::new();
        for para in &info.paragraphs {
            let (levels, visual) = info.visual_runs(para, para.range.clone());
            for range in visual {
                let run_rtl = levels[range.start].is_rtl();
                // Within a bidi run, split where the script's font changes (Arabic letters and
                // the neutrals between them in Naskh; everything else in Noto Sans).
                let piece = &text[range.clone()];
                let mut spans: Vec<(bool, String)> = Vec::new();
                for c in piece.chars() {
                    // Neutrals inside an Arabic run stay with it when Naskh has them (it has
                    // no parentheses: those come from Noto Sans).
                    let arabic = is_arabic(c)
                        || (run_rtl
                            && !c.is_alphanumeric()
                            && spans.last().is_some_and(|s| s.0)
                            && arabic_face.glyph_index(c).is_some());
                    match spans.last_mut() {
                        Some((a, s)) if *a == arabic => s.push(c),
                        _ => spans.push((arabic, c.to_string())),
                    }
                }
                if run_rtl {
                    spans.reverse();
                }
                for (arabic, span) in spans {
                    let face = faces.pick(arabic, bold);
                    let (glyphs, advance) = shape(face, &span, run_rtl);
                    runs.push(Run {
                        bold,
                        arabic,
                        text: span,
                        glyphs,
                        advance,
                    });
                }
            }
        }
        Self { runs }
    }

    /// The width at `size` points.
    fn width(&self, size: f32) -> f32 {
        self.runs.iter().map(|r| r.advance).sum::<f32>() * size
    }

    fn draw(&self, surface: &mut Surface, x: f32, baseline: f32, size: f32) {
        let faces = faces();
        let mut x = x;
        for run in &self.runs {
            let face = faces.pick(run.arabic, run.bold);
            surface.draw_glyphs(
                Point::from_xy(x, baseline),
                &run.glyphs,
                face.font.clone(),
                &run.text,
                size,
                false,
            );
            x += run.advance * size;
        }
    }
}

/// Breaks `text` into lines no wider than `width` at `size` (at spaces; a word longer than the
/// line stays whole).
fn wrap(text: &str, rtl: bool, bold: bool, size: f32, width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && Line::new(&candidate, rtl, bold).width(size) > width {
            lines.push(Line::new(&current, rtl, bold));
            current = word.to_owned();
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        lines.push(Line::new(&current, rtl, bold));
    }
    lines
}

fn fill(surface: &mut Surface, (r, g, b): (u8, u8, u8)) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}

/// What one side (French or Arabic) of the page says.
pub struct Side {
    /// «ROYAUME DU MAROC» and the issuer's name.
    pub country: String,
    pub issuer: String,
    pub title: String,
    /// «La Caisse … atteste que :».
    pub intro: String,
    /// Label and value, in order.
    pub rows: Vec<(String, String)>,
    /// What the holder is attested to be or receive, in one sentence.
    pub statement: String,
    /// How to verify: scan the code or open the address.
    pub verify: String,
    /// «Document signé électroniquement …».
    pub signed: String,
}

/// A document to write.
pub struct Page {
    pub french: Side,
    pub arabic: Side,
    /// The QR's content (the verification URL with the code in its fragment).
    pub qr: String,
    /// The verification address printed under the QR (without the code).
    pub address: String,
    /// The PDF's title (metadata), its document id, and its date.
    pub title: String,
    pub document_id: String,
    pub issued: (u16, u8, u8),
}

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the QR code's content is too long")]
    Qr,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Draws `lines` from `top` (the first baseline is `top + size`) aligned in the column that
/// starts at `left`, right-aligned for Arabic; returns the y below the last line.
fn column(
    surface: &mut Surface,
    lines: &[Line],
    left: f32,
    top: f32,
    size: f32,
    leading: f32,
    rtl: bool,
) -> f32 {
    let mut y = top;
    for line in lines {
        y += size;
        let x = if rtl {
            left + COLUMN_W - line.width(size)
        } else {
            left
        };
        line.draw(surface, x, y, size);
        y += leading - size;
    }
    y
}

/// Both sides of a block at once, the lower of the two deciding where the next block starts.
#[allow(clippy::too_many_arguments)]
fn both(
    surface: &mut Surface,
    fr: &str,
    ar: &str,
    top: f32,
    size: f32,
    bold: bool,
    color: (u8, u8, u8),
) -> f32 {
    fill(surface, color);
    let leading = size * 1.45;
    let fr_lines = wrap(fr, false, bold, size, COLUMN_W);
    let ar_lines = wrap(ar, true, bold, size, COLUMN_W);
    let a = column(surface, &fr_lines, MARGIN, top, size, leading, false);
    let b = column(
        surface,
        &ar_lines,
        MARGIN + COLUMN_W + GUTTER,
        top,
        size,
        leading,
        true,
    );
    a.max(b)
}

fn rule(surface: &mut Surface, y: f32, height: f32, color: (u8, u8, u8)) {
    fill(surface, color);
    let mut pb = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(MARGIN, y, PAGE_W - 2.0 * MARGIN, height) {
        pb.push_rect(rect);
    }
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
}

/// Draws the QR code of `content` with its top-left corner at (`x`, `y`), `size` points wide
/// (quiet zone included).
fn qr(surface: &mut Surface, content: &str, x: f32, y: f32, size: f32) -> Result<(), PdfError> {
    let code = qrcode::QrCode::with_error_correction_level(content, qrcode::EcLevel::M)
        .map_err(|_| PdfError::Qr)?;
    let width = code.width();
    let colors = code.to_colors();
    // Four modules of quiet zone on each side.
    let module = size / (width + 8) as f32;
    fill(surface, (0, 0, 0));
    let mut pb = PathBuilder::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == qrcode::Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == qrcode::Color::Dark {
                    col += 1;
                }
                if let Some(rect) = Rect::from_xywh(
                    x + (start + 4) as f32 * module,
                    y + (row + 4) as f32 * module,
                    (col - start) as f32 * module,
                    module,
                ) {
                    pb.push_rect(rect);
                }
            } else {
                col += 1;
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
    Ok(())
}

/// Writes the document.
pub fn render(page: &Page) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .set_validator(Validator::A(Archival::A2_U))
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        // Tagging is PDF/A-2a's and PDF/UA's; -2u needs none, and it would double the size.
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let (year, month, day) = page.issued;
    document.set_metadata(
        Metadata::new()
            .title(page.title.clone())
            .language("fr".into())
            .creator("MaCNSS".into())
            .producer("MaCNSS reference server".into())
            .authors(vec![page.french.issuer.clone()])
            .document_id(page.document_id.clone())
            .creation_date(DateTime::new(year).month(month).day(day)),
    );
    {
        let mut pdf_page =
            document.start_page_with(PageSettings::from_wh(PAGE_W, PAGE_H).expect("A4"));
        let mut surface = pdf_page.surface();
        let fr = &page.french;
        let ar = &page.arabic;

        // The letterhead.
        let mut y = MARGIN - 8.0;
        y = both(&mut surface, &fr.country, &ar.country, y, 9.0, false, MUTED);
        y = both(&mut surface, &fr.issuer, &ar.issuer, y, 12.0, true, BRAND);
        rule(&mut surface, y + 6.0, 2.0, BRAND);
        y += 26.0;

        // The title, then what is attested.
        // The titles across the page, French then Arabic (too long for a column).
        fill(&mut surface, INK);
        for line in wrap(&fr.title, false, true, 17.0, PAGE_W - 2.0 * MARGIN) {
            y += 17.0;
            line.draw(&mut surface, MARGIN, y, 17.0);
            y += 7.0;
        }
        for line in wrap(&ar.title, true, true, 17.0, PAGE_W - 2.0 * MARGIN) {
            y += 17.0;
            line.draw(&mut surface, PAGE_W - MARGIN - line.width(17.0), y, 17.0);
            y += 9.0;
        }
        y += 14.0;
        y = both(&mut surface, &fr.intro, &ar.intro, y, 11.0, false, INK);
        y += 8.0;
        for ((fl, fv), (al, av)) in fr.rows.iter().zip(&ar.rows) {
            y += 4.0;
            y = both(&mut surface, fl, al, y, 8.5, false, MUTED);
            y = both(&mut surface, fv, av, y, 11.5, true, INK);
        }
        y += 14.0;
        rule(&mut surface, y, 0.75, MUTED);
        y += 10.0;
        both(
            &mut surface,
            &fr.statement,
            &ar.statement,
            y,
            11.5,
            false,
            INK,
        );

        // The foot: the QR code, the address, how to verify.
        let qr_size = 132.0;
        let foot = PAGE_H - MARGIN - qr_size;
        rule(&mut surface, foot - 14.0, 0.75, MUTED);
        qr(&mut surface, &page.qr, MARGIN - 10.0, foot, qr_size)?;
        let text_left = MARGIN + qr_size + 4.0;
        let text_w = PAGE_W - MARGIN - text_left;
        fill(&mut surface, INK);
        let mut ty = foot + 4.0;
        for line in wrap(&fr.verify, false, false, 9.0, text_w) {
            ty += 9.0;
            line.draw(&mut surface, text_left, ty, 9.0);
            ty += 4.0;
        }
        ty += 2.0;
        for line in wrap(&ar.verify, true, false, 9.5, text_w) {
            ty += 9.5;
            line.draw(&mut surface, PAGE_W - MARGIN - line.width(9.5), ty, 9.5);
            ty += 4.5;
        }
        ty += 4.0;
        fill(&mut surface, BRAND);
        for line in wrap(&page.address, false, true, 8.0, text_w) {
            ty += 8.0;
            line.draw(&mut surface, text_left, ty, 8.0);
            ty += 3.0;
        }
        ty += 6.0;
        fill(&mut surface, MUTED);
        for line in wrap(&fr.signed, false, false, 7.5, text_w) {
            ty += 7.5;
            line.draw(&mut surface, text_left, ty, 7.5);
            ty += 3.0;
        }
        for line in wrap(&ar.signed, true, false, 8.0, text_w) {
            ty += 8.0;
            line.draw(&mut surface, PAGE_W - MARGIN - line.width(8.0), ty, 8.0);
            ty += 3.0;
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_line_puts_its_number_left_of_its_words() {
        // «رقم التسجيل 123456789»: the digits (a left-to-right run) come visually first, then
        // the Arabic words (set right to left) on their right.
        let line = Line::new("رقم التسجيل 123456789", true, false);
        assert!(line.runs.iter().any(|r| r.arabic && r.text.contains("رقم")));
        assert!(line.runs.iter().any(|r| !r.arabic && r.text == "123456789"));
        let digits = line.runs.iter().position(|r| r.text == "123456789");
        let word = line.runs.iter().position(|r| r.text.contains("رقم"));
        assert!(digits < word, "digits left of the Arabic word");
    }

    #[test]
    fn a_grouped_amount_stays_one_run_in_an_arabic_line() {
        let line = Line::new("112\u{a0}800,00 درهم", true, false);
        assert!(
            line.runs.iter().any(|r| r.text == "112\u{a0}800,00"),
            "{:?}",
            line.runs.iter().map(|r| &r.text).collect::<Vec<_>>()
        );
        let line = Line::new("112 800,00 درهم", true, false);
        assert!(
            line.runs.iter().all(|r| r.text != "112 800,00"),
            "a plain space splits it"
        );
    }

    #[test]
    fn arabic_letters_are_shaped_into_joined_forms() {
        // «سلام» in isolated code points shapes to contextual glyphs: none is .notdef, and
        // the initial and final forms differ from the isolated letters.
        let (joined, _) = shape(&faces().arabic, "سس", true);
        let (alone, _) = shape(&faces().arabic, "س", true);
        assert!(joined.iter().all(|g| g.glyph_id.to_u32() != 0));
        assert!(joined.iter().all(|g| g.glyph_id != alone[0].glyph_id));
    }
}
