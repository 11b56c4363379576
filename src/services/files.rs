//! Preparing a picked file for upload ([`crate::flows::Effect::PrepareFile`]): a photo (JPEG
//! or PNG) is decoded, turned upright, scaled down to [`MAX_SIDE`] pixels on its long side
//! and re-encoded as JPEG, which also drops every metadata block (EXIF, with the GPS
//! location); a PDF is sent as it is. A phone photo of 3–8 MB becomes a few hundred KB, so an
//! ordinary photo is never refused for its size.
//!
//! Native builds use the `image` crate; the web build uses the browser's own decoder
//! (`createImageBitmap`, which applies the EXIF orientation) and an `OffscreenCanvas`, so no
//! image codec is added to the download.

use super::api::ApiFuture;
use crate::flows::certificate::{FileBytes, FileProblem, Prepared, PreparedFile};
use macnss_api::records::UploadType;

/// The longest side of a photo once prepared, in pixels.
pub const MAX_SIDE: u32 = 2000;
/// The JPEG quality of a re-encoded photo (0–100).
pub const JPEG_QUALITY: u8 = 85;

/// Prepares files for upload.
pub trait Files: Send + Sync {
    fn prepare(&self, media_type: UploadType, bytes: FileBytes) -> ApiFuture<'_, Prepared>;
}

/// The platform's preparer.
#[derive(Debug, Default, Clone, Copy)]
pub struct PlatformFiles;

impl Files for PlatformFiles {
    fn prepare(&self, media_type: UploadType, bytes: FileBytes) -> ApiFuture<'_, Prepared> {
        Box::pin(async move {
            let picked_bytes = bytes.len() as u64;
            match media_type {
                UploadType::Pdf => Ok(PreparedFile {
                    media_type,
                    bytes,
                    picked_bytes,
                    reduced: false,
                }),
                UploadType::Jpeg | UploadType::Png => {
                    let jpeg = reencode(&bytes).await?;
                    Ok(PreparedFile {
                        media_type: UploadType::Jpeg,
                        bytes: jpeg.into(),
                        picked_bytes,
                        reduced: true,
                    })
                }
            }
        })
    }
}

/// The size a `width` × `height` image is scaled to: unchanged when its long side fits.
pub fn fitted(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_SIDE || long == 0 {
        return (width, height);
    }
    let scale = |side: u32| {
        u32::try_from((u64::from(side) * u64::from(MAX_SIDE)).div_ceil(u64::from(long)))
            .unwrap_or(MAX_SIDE)
            .max(1)
    };
    (scale(width), scale(height))
}

#[cfg(not(target_arch = "wasm32"))]
async fn reencode(bytes: &[u8]) -> Result<Vec<u8>, FileProblem> {
    let bytes = bytes.to_vec();
    // Decoding a 12-megapixel photo takes a while: never on the UI thread.
    tokio::task::spawn_blocking(move || native::reencode(&bytes))
        .await
        .map_err(|_| FileProblem::Unreadable)?
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{FileProblem, JPEG_QUALITY, fitted};
    use image::codecs::jpeg::JpegEncoder;
    use image::imageops::FilterType;
    use image::{DynamicImage, ImageDecoder, ImageReader};
    use std::io::Cursor;

    pub fn reencode(bytes: &[u8]) -> Result<Vec<u8>, FileProblem> {
        let reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| FileProblem::Unreadable)?;
        let mut decoder = reader.into_decoder().map_err(|_| FileProblem::Unreadable)?;
        let orientation = decoder.orientation().ok();
        let mut image = DynamicImage::from_decoder(decoder).map_err(|_| FileProblem::Unreadable)?;
        if let Some(o) = orientation {
            image.apply_orientation(o);
        }
        let (w, h) = fitted(image.width(), image.height());
        if (w, h) != (image.width(), image.height()) {
            image = image.resize_exact(w, h, FilterType::Triangle);
        }
        // JPEG has no alpha: a PNG with transparency is flattened (onto black, as a scan of
        // paper has no transparency worth keeping).
        let rgb = image.into_rgb8();
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&rgb)
            .map_err(|_| FileProblem::Unreadable)?;
        Ok(out)
    }
}

#[cfg(target_arch = "wasm32")]
async fn reencode(bytes: &[u8]) -> Result<Vec<u8>, FileProblem> {
    web::reencode(bytes)
        .await
        .map_err(|_| FileProblem::Unreadable)
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{JPEG_QUALITY, fitted};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub async fn reencode(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes).into());
        let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
        let options = web_sys::ImageBitmapOptions::new();
        options.set_image_orientation(web_sys::ImageOrientation::FromImage);
        let bitmap: web_sys::ImageBitmap = JsFuture::from(
            window.create_image_bitmap_with_blob_and_image_bitmap_options(&blob, &options)?,
        )
        .await?
        .dyn_into()?;
        let (w, h) = fitted(bitmap.width(), bitmap.height());
        let canvas = web_sys::OffscreenCanvas::new(w, h)?;
        let context: web_sys::OffscreenCanvasRenderingContext2d = canvas
            .get_context("2d")?
            .ok_or_else(|| JsValue::from_str("no 2d context"))?
            .dyn_into()?;
        context.draw_image_with_image_bitmap_and_dw_and_dh(
            &bitmap,
            0.0,
            0.0,
            f64::from(w),
            f64::from(h),
        )?;
        bitmap.close();
        let encode = web_sys::ImageEncodeOptions::new();
        encode.set_type("image/jpeg");
        encode.set_quality(f64::from(JPEG_QUALITY) / 100.0);
        let jpeg: web_sys::Blob = JsFuture::from(canvas.convert_to_blob_with_options(&encode)?)
            .await?
            .dyn_into()?;
        let buffer = JsFuture::from(jpeg.array_buffer()).await?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG as a phone writes it: an EXIF block (with a GPS tag) right after the start.
    #[cfg(not(target_arch = "wasm32"))]
    fn photo_with_exif(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 251) as u8, (y % 241) as u8, 90])
        });
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
            .encode_image(&img)
            .expect("encode");
        // APP1 "Exif\0\0", a little-endian TIFF header and one IFD entry: GPSInfo (0x8825).
        let exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0\x25\x88\x04\0\x01\0\0\0\x1a\0\0\0\0\0\0\0GPS 33.5731N 7.5898W".to_vec();
        let len = u16::try_from(exif.len() + 2).expect("short").to_be_bytes();
        let mut out = jpeg[..2].to_vec();
        out.extend([0xFF, 0xE1, len[0], len[1]]);
        out.extend(exif);
        out.extend(&jpeg[2..]);
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_photo_loses_its_location_and_is_reduced() {
        let photo = photo_with_exif(2200, 1100);
        assert!(photo.windows(4).any(|w| w == b"Exif"));
        let out = native::reencode(&photo).expect("re-encoded");
        assert!(!out.windows(4).any(|w| w == b"Exif"), "no EXIF block left");
        assert!(!out.windows(3).any(|w| w == b"GPS"));
        let back = image::load_from_memory(&out).expect("a JPEG");
        assert_eq!((back.width(), back.height()), (2000, 1000));
        assert_eq!(UploadType::sniff(&out), Some(UploadType::Jpeg));
        assert_eq!(
            native::reencode(b"\xFF\xD8\xFF not a jpeg"),
            Err(FileProblem::Unreadable)
        );
    }

    #[test]
    fn a_photo_is_scaled_to_its_long_side_and_a_small_one_kept() {
        assert_eq!(fitted(4000, 3000), (2000, 1500));
        assert_eq!(fitted(3000, 4000), (1500, 2000));
        assert_eq!(fitted(2000, 1000), (2000, 1000));
        assert_eq!(fitted(640, 480), (640, 480));
        assert_eq!(fitted(4001, 1), (2000, 1));
        assert_eq!(fitted(0, 0), (0, 0));
    }
}
