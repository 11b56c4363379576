// MaCNSS main activity: replaces the one dx 0.7.10 generates (Dioxus.toml
// `application.android_main_activity`). dx writes this file into the package
// `dev.dioxus.main`, next to wry's WryActivity, and the manifest dx renders names it.
//
// What it adds to WryActivity:
// - FLAG_SECURE: no screenshots, no screen recording or casting, a blank app-switcher thumbnail
//   (the screens show identity numbers, codes and passwords — MASVS-PLATFORM).
// - The system back button goes to the app (the DOM event `macnss:back`, which src/platform
//   turns into the current flow's Back) instead of leaving it; the app calls
//   `MaCNSSAndroid.leave()` when back is pressed on a root screen.
// - SMS User Consent (Play services): started by the app on a code step through
//   `MaCNSSAndroid.listenForSmsCode()`; after the user allows it, the six-digit code of the SMS
//   is typed into the input with autocomplete="one-time-code" and an `input` event fired, so the
//   view's own handler takes it. No SMS permission is needed.
// - Camera captures for a school certificate: wry's RustWebChromeClient.onShowFileChooser
//   answers `<input type=file accept=image/* capture>` with the camera, writing the photo to
//   getExternalFilesDir(Pictures) through the FileProvider scripts/build-android declares; this
//   activity deletes those files at every start and stop, so no certificate stays on disk after
//   the webview has read it (the app re-encodes it in memory before sending).
//
// Not compiled on the machines that wrote it (no Android SDK there): see android/README.md.
package dev.dioxus.main

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.os.Bundle
import android.os.Environment
import android.view.WindowManager
import android.webkit.JavascriptInterface
import android.webkit.WebView
import androidx.activity.OnBackPressedCallback
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.ContextCompat
import com.google.android.gms.auth.api.phone.SmsRetriever
import com.google.android.gms.common.api.CommonStatusCodes
import com.google.android.gms.common.api.Status

typealias BuildConfig = ma.cnss.macnss.BuildConfig

class MainActivity : WryActivity() {
    // Dioxus' router keeps no webview history: WryActivity's "go back in the webview, else
    // leave" would always leave. The app decides instead.
    override val handleBackNavigation: Boolean = false

    private var webView: WebView? = null
    private var smsReceiverRegistered = false

    private val smsConsent =
        registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            if (result.resultCode == Activity.RESULT_OK) {
                val message = result.data?.getStringExtra(SmsRetriever.EXTRA_SMS_MESSAGE)
                message?.let { CODE.find(it)?.value }?.let(::fillCode)
            }
        }

    private val smsReceiver = object : BroadcastReceiver() {
        override fun onReceive(context: Context, intent: Intent) {
            if (intent.action != SmsRetriever.SMS_RETRIEVED_ACTION) return
            val extras = intent.extras ?: return
            @Suppress("DEPRECATION")
            val status = extras.get(SmsRetriever.EXTRA_STATUS) as? Status ?: return
            if (status.statusCode != CommonStatusCodes.SUCCESS) return
            @Suppress("DEPRECATION")
            val consent = extras.getParcelable<Intent>(SmsRetriever.EXTRA_CONSENT_INTENT) ?: return
            // Launch only Play services' own consent screen, without URI grants (Google's
            // guidance against intent redirection).
            val target = consent.resolveActivity(packageManager) ?: return
            if (target.packageName != "com.google.android.gms") return
            consent.removeFlags(
                Intent.FLAG_GRANT_READ_URI_PERMISSION or Intent.FLAG_GRANT_WRITE_URI_PERMISSION
            )
            try {
                smsConsent.launch(consent)
            } catch (_: ActivityNotFoundException) {
                // No consent screen: the user types the code.
            }
        }
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE
        )
        super.onCreate(savedInstanceState)
        deleteCaptures()
        onBackPressedDispatcher.addCallback(this, object : OnBackPressedCallback(true) {
            override fun handleOnBackPressed() {
                val view = webView
                if (view == null) moveTaskToBack(true) else view.evaluateJavascript(BACK_SCRIPT, null)
            }
        })
    }

    override fun onWebViewCreate(webView: WebView) {
        this.webView = webView
        webView.addJavascriptInterface(Bridge(), "MaCNSSAndroid")
    }

    override fun onStop() {
        // Read by the webview by now (the chooser's callback ran before the app went away).
        deleteCaptures()
        super.onStop()
    }

    /** Deletes the camera captures wry's file chooser left in the app's Pictures directory. */
    private fun deleteCaptures() {
        getExternalFilesDir(Environment.DIRECTORY_PICTURES)?.listFiles()?.forEach { it.delete() }
    }

    override fun onDestroy() {
        if (smsReceiverRegistered) {
            unregisterReceiver(smsReceiver)
            smsReceiverRegistered = false
        }
        webView = null
        super.onDestroy()
    }

    /** The methods the app calls from the webview (src/platform/mod.rs). */
    inner class Bridge {
        @JavascriptInterface
        fun leave() {
            runOnUiThread { moveTaskToBack(true) }
        }

        @JavascriptInterface
        fun listenForSmsCode() {
            runOnUiThread { startSmsUserConsent() }
        }
    }

    private fun startSmsUserConsent() {
        if (!smsReceiverRegistered) {
            ContextCompat.registerReceiver(
                this,
                smsReceiver,
                IntentFilter(SmsRetriever.SMS_RETRIEVED_ACTION),
                SmsRetriever.SEND_PERMISSION,
                null,
                ContextCompat.RECEIVER_EXPORTED
            )
            smsReceiverRegistered = true
        }
        // Listens for five minutes for one SMS with a 4–10 character code, from any sender.
        SmsRetriever.getClient(this).startSmsUserConsent(null)
    }

    private fun fillCode(code: String) {
        // `code` is six ASCII digits (CODE), safe inside the script's string literal.
        webView?.evaluateJavascript(FILL_SCRIPT.replace("%CODE%", code), null)
    }

    companion object {
        /** Six ASCII digits not part of a longer number (Java's \d is ASCII-only). */
        private val CODE = Regex("(?<!\\d)\\d{6}(?!\\d)")

        private const val BACK_SCRIPT = "window.dispatchEvent(new Event('macnss:back'));"

        private const val FILL_SCRIPT = """
            (function (code) {
              var input = document.querySelector('input[autocomplete="one-time-code"]');
              if (!input) return;
              var setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
              setValue.call(input, code);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              input.focus();
            })('%CODE%');
        """
    }
}
