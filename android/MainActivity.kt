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
// - The quick unlock's biometric prompt (androidx.biometric, BIOMETRIC_STRONG only): the app's
//   32-byte key is wrapped by an AES-256-GCM key of the AndroidKeyStore that needs a strong
//   biometric for every use (a CryptoObject, no time window) and dies with a new enrolment
//   (setInvalidatedByBiometricEnrollment); only the ciphertext and its IV are kept, in the
//   app's private SharedPreferences `macnss_biometric.xml`. The key never leaves the Keystore
//   (StrongBox when the phone has one); the secret itself is never stored. Contract with
//   src/services/biometrics.rs: `biometricAvailable()`, `biometricForget()` (synchronous),
//   `biometricEnroll(id, lang, secretBase64)`, `biometricRelease(id, lang, reason)`, each
//   answered by the DOM event `macnss:biometric` on window with detail {id, ok, secret?,
//   error?: "cancelled"|"invalidated"|"locked_out"|"unavailable"|"failed", message?}.
// - An attestation's PDF shared (src/services/documents.rs): `sharePdf(id, name, base64)`
//   writes the file to the app's private cache (`cache/shared/`, the FileProvider path
//   `shared` of res/xml/file_paths.xml), opens the system share sheet (ACTION_SEND,
//   application/pdf) with a read-only URI grant, and answers with the DOM event `macnss:share`
//   on window, detail {id, ok}. The cache is emptied at the next start (not at stop: the app
//   receiving the PDF may read it after this activity went to the background).
// - Push notifications (Firebase Cloud Messaging; contract with src/services/push.rs):
//   `pushPermission()` answers "granted", "default", "denied" or "unsupported" (no Firebase
//   configuration in the build: scripts/build-android writes it from MACNSS_FIREBASE_*);
//   `pushSubscribe(id)` asks for POST_NOTIFICATIONS on Android 13+ (in context: the app calls
//   it from «Mes messages» only), then answers the DOM event `macnss:push` with detail {id,
//   state: "subscribed", token} (the FCM registration token), or "denied"/"unsupported". The
//   channel "messages" (the server's FCM `channel_id`) is created at start. A notification
//   tapped opens this activity with the extra `macnss.open` (/espace/messages/<id>, checked),
//   which the app follows in the page (history.pushState + popstate, as the web's service
//   worker does). MacnssMessagingService (below) shows a push received while the app is in
//   the foreground the same way, tagged by its message id (a copy replaces it), and keeps a
//   new token's arrival so the app registers it at its next start.
//
// Not compiled on the machines that wrote it (no Android SDK there): see android/README.md.
package dev.dioxus.main

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.os.Build
import android.os.Bundle
import android.os.Environment
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import android.util.Base64
import android.view.WindowManager
import android.webkit.JavascriptInterface
import android.webkit.WebView
import androidx.activity.OnBackPressedCallback
import androidx.activity.result.contract.ActivityResultContracts
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.core.content.FileProvider
import java.io.File
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.json.JSONObject
import android.Manifest
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.pm.PackageManager
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import com.google.firebase.FirebaseApp
import com.google.firebase.messaging.FirebaseMessaging
import com.google.firebase.messaging.FirebaseMessagingService
import com.google.firebase.messaging.RemoteMessage
import com.google.android.gms.auth.api.phone.SmsRetriever
import com.google.android.gms.common.api.CommonStatusCodes
import com.google.android.gms.common.api.Status

typealias BuildConfig = ma.cnss.macnss.BuildConfig

// WryActivity (wry 0.53) extends androidx.appcompat's AppCompatActivity, a FragmentActivity:
// what androidx.biometric's BiometricPrompt is built with.
class MainActivity : WryActivity() {
    // Dioxus' router keeps no webview history: WryActivity's "go back in the webview, else
    // leave" would always leave. The app decides instead.
    override val handleBackNavigation: Boolean = false

    private var webView: WebView? = null
    private var smsReceiverRegistered = false

    /** The id of the biometric request whose prompt is on screen (one at a time), or null. */
    private var biometricRequest: String? = null

    private val smsConsent =
        registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            if (result.resultCode == Activity.RESULT_OK) {
                val message = result.data?.getStringExtra(SmsRetriever.EXTRA_SMS_MESSAGE)
                message?.let { CODE.find(it)?.value }?.let(::fillCode)
            }
        }

    /** The push request waiting for the POST_NOTIFICATIONS answer, or null. */
    private var pushRequest: String? = null

    private val notificationPermission =
        registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            val id = pushRequest ?: return@registerForActivityResult
            pushRequest = null
            if (granted) fetchPushToken(id) else answerPush(id, "denied", null)
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
        deleteShared()
        createMessagesChannel(this)
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
        // Opened from a notification: its message, once the app has loaded.
        intent?.let { openFromNotification(it, delayed = true) }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        openFromNotification(intent, delayed = false)
    }

    /** Follows a tapped notification's message inside the app (never a page load). */
    private fun openFromNotification(intent: Intent, delayed: Boolean) {
        // Shown by this app (OPEN_EXTRA), or by the system from FCM's notification part,
        // whose tap brings the data (`id`) as extras.
        val path = intent.getStringExtra(OPEN_EXTRA)
            ?: intent.getStringExtra("id")?.let { "/espace/messages/$it" }
            ?: return
        intent.removeExtra(OPEN_EXTRA)
        intent.removeExtra("id")
        if (!OPEN_PATH.matches(path)) return
        val script = "history.pushState(null, '', '$path');" +
            "window.dispatchEvent(new PopStateEvent('popstate'));"
        val view = webView ?: return
        if (delayed) view.postDelayed({ view.evaluateJavascript(script, null) }, 1500)
        else view.evaluateJavascript(script, null)
    }

    private fun pushPermission(): String {
        if (!firebaseReady(this)) return "unsupported"
        val enabled = NotificationManagerCompat.from(this).areNotificationsEnabled()
        if (Build.VERSION.SDK_INT < 33) return if (enabled) "granted" else "denied"
        return when {
            ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) ==
                PackageManager.PERMISSION_GRANTED -> if (enabled) "granted" else "denied"
            getSharedPreferences(PUSH_PREFS, Context.MODE_PRIVATE).getBoolean(ASKED_KEY, false) &&
                !shouldShowRequestPermissionRationale(Manifest.permission.POST_NOTIFICATIONS) ->
                "denied"
            else -> "default"
        }
    }

    /** Asks for POST_NOTIFICATIONS where needed, then the FCM token (main thread). */
    private fun subscribePush(id: String) {
        if (!firebaseReady(this)) return answerPush(id, "unsupported", null)
        if (Build.VERSION.SDK_INT >= 33 &&
            ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            getSharedPreferences(PUSH_PREFS, Context.MODE_PRIVATE).edit()
                .putBoolean(ASKED_KEY, true).apply()
            pushRequest = id
            notificationPermission.launch(Manifest.permission.POST_NOTIFICATIONS)
            return
        }
        if (!NotificationManagerCompat.from(this).areNotificationsEnabled()) {
            return answerPush(id, "denied", null)
        }
        fetchPushToken(id)
    }

    private fun fetchPushToken(id: String) {
        FirebaseMessaging.getInstance().token.addOnCompleteListener { task ->
            val token = if (task.isSuccessful) task.result else null
            if (token == null) answerPush(id, "unsupported", null)
            else answerPush(id, "subscribed", token)
        }
    }

    private fun answerPush(id: String, state: String, token: String?) {
        val detail = JSONObject().put("id", id).put("state", state)
        if (token != null) detail.put("token", token)
        runOnUiThread {
            webView?.evaluateJavascript(
                "window.dispatchEvent(new CustomEvent('macnss:push', { detail: $detail }));",
                null
            )
        }
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

    /** Deletes the PDFs shared in an earlier run (the receiving apps have read them by now). */
    private fun deleteShared() {
        File(cacheDir, SHARED_DIR).listFiles()?.forEach { it.delete() }
    }

    /** Writes the PDF and opens the share sheet; answers `macnss:share` (main thread). */
    private fun shareDocument(id: String, name: String, base64: String) {
        val ok = try {
            val bytes = Base64.decode(base64, Base64.NO_WRAP)
            // The name comes from the app (the reference in [A-Za-z0-9-]); keep it a plain name.
            val safe = name.replace(Regex("[^A-Za-z0-9._-]"), "_").ifEmpty { "attestation.pdf" }
            val dir = File(cacheDir, SHARED_DIR).apply { mkdirs() }
            val file = File(dir, safe)
            file.writeBytes(bytes)
            val uri = FileProvider.getUriForFile(this, "$packageName.fileprovider", file)
            val send = Intent(Intent.ACTION_SEND).apply {
                type = "application/pdf"
                putExtra(Intent.EXTRA_STREAM, uri)
                addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
            }
            startActivity(Intent.createChooser(send, null))
            true
        } catch (e: Exception) {
            // IllegalArgumentException (bad base64, a path outside the provider), IOException,
            // ActivityNotFoundException: nothing was shared, the app says so.
            false
        }
        val detail = JSONObject().put("id", id).put("ok", ok)
        webView?.evaluateJavascript(
            "window.dispatchEvent(new CustomEvent('macnss:share', { detail: $detail }));",
            null
        )
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

        /** Whether a strong biometric (class 3) is enrolled and usable. */
        @JavascriptInterface
        fun biometricAvailable(): Boolean =
            biometricStatus() == BiometricManager.BIOMETRIC_SUCCESS

        /** Wraps the secret with a new Keystore key, behind a prompt; answers `macnss:biometric`. */
        @JavascriptInterface
        fun biometricEnroll(id: String, lang: String, secretBase64: String) {
            runOnUiThread { enrollBiometric(id, lang, secretBase64) }
        }

        /** Unwraps the secret behind a prompt showing `reason`; answers `macnss:biometric`. */
        @JavascriptInterface
        fun biometricRelease(id: String, lang: String, reason: String) {
            runOnUiThread { releaseBiometric(id, lang, reason) }
        }

        /** Shares a PDF through the system's share sheet; answers `macnss:share`. */
        @JavascriptInterface
        fun pushPermission(): String = this@MainActivity.pushPermission()

        @JavascriptInterface
        fun pushSubscribe(id: String) {
            runOnUiThread { subscribePush(id) }
        }

        @JavascriptInterface
        fun sharePdf(id: String, name: String, base64: String) {
            runOnUiThread { shareDocument(id, name, base64) }
        }

        /** Deletes the Keystore key and the wrapped secret; done when it returns. */
        @JavascriptInterface
        fun biometricForget() {
            forgetBiometric()
        }
    }

    private fun biometricStatus(): Int =
        BiometricManager.from(this).canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG)

    private fun biometricPrefs() = getSharedPreferences(BIOMETRIC_PREFS, Context.MODE_PRIVATE)

    private fun keyStore(): KeyStore = KeyStore.getInstance(KEYSTORE).apply { load(null) }

    private fun enrollBiometric(id: String, lang: String, secretBase64: String) {
        if (biometricRequest != null) return answerBiometric(id, error = "failed", message = "busy")
        val secret = try {
            Base64.decode(secretBase64, Base64.NO_WRAP)
        } catch (_: IllegalArgumentException) {
            null
        }
        if (secret == null || secret.size != SECRET_BYTES) {
            return answerBiometric(id, error = "failed", message = "not a 32-byte secret")
        }
        val status = biometricStatus()
        if (status != BiometricManager.BIOMETRIC_SUCCESS) {
            secret.fill(0)
            // No strong biometric enrolled, no hardware, or a security update required.
            return answerBiometric(id, error = "unavailable")
        }
        // Replaces what was kept; if this enrolment does not end with the secret wrapped,
        // nothing is kept (the app falls back to the PIN only).
        forgetBiometric()
        val cipher = try {
            Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.ENCRYPT_MODE, createBiometricKey()) }
        } catch (e: GeneralSecurityException) {
            secret.fill(0)
            forgetBiometric()
            return answerBiometric(id, error = "failed", message = e.javaClass.simpleName)
        } catch (e: ProviderException) {
            secret.fill(0)
            forgetBiometric()
            return answerBiometric(id, error = "failed", message = e.javaClass.simpleName)
        }
        showBiometricPrompt(
            id,
            biometricTexts(lang).enroll,
            lang,
            cipher,
            onUnlocked = { unlocked ->
                try {
                    val sealed = unlocked.doFinal(secret)
                    // commit(): on disk before the app is told the secret is kept.
                    val saved = biometricPrefs().edit()
                        .putString(PREF_SEALED, Base64.encodeToString(sealed, Base64.NO_WRAP))
                        .putString(PREF_IV, Base64.encodeToString(unlocked.iv, Base64.NO_WRAP))
                        .commit()
                    if (saved) {
                        answerBiometric(id, ok = true)
                    } else {
                        forgetBiometric()
                        answerBiometric(id, error = "failed", message = "preferences not written")
                    }
                } catch (e: GeneralSecurityException) {
                    forgetBiometric()
                    answerBiometric(id, error = "failed", message = e.javaClass.simpleName)
                } finally {
                    secret.fill(0)
                }
            },
            onError = { error, message ->
                secret.fill(0)
                forgetBiometric()
                answerBiometric(id, error = error, message = message)
            }
        )
    }

    private fun releaseBiometric(id: String, lang: String, reason: String) {
        if (biometricRequest != null) return answerBiometric(id, error = "failed", message = "busy")
        val prefs = biometricPrefs()
        val sealed = prefs.getString(PREF_SEALED, null)
        val iv = prefs.getString(PREF_IV, null)
        val key = try {
            keyStore().getKey(KEY_ALIAS, null) as? SecretKey
        } catch (_: GeneralSecurityException) {
            null
        }
        if (sealed == null || iv == null || key == null) {
            // Nothing kept (never enrolled, forgotten, or the key was deleted with the lock
            // screen): the app must use the PIN and enable biometrics again.
            forgetBiometric()
            return answerBiometric(id, error = "invalidated")
        }
        val status = biometricStatus()
        if (status != BiometricManager.BIOMETRIC_SUCCESS) {
            // No strong biometric enrolled, no hardware, or a security update required.
            return answerBiometric(id, error = "unavailable")
        }
        val cipher = try {
            Cipher.getInstance(TRANSFORMATION).apply {
                init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(GCM_TAG_BITS, Base64.decode(iv, Base64.NO_WRAP)))
            }
        } catch (_: KeyPermanentlyInvalidatedException) {
            // A biometric was added (or all removed) since the key was made.
            forgetBiometric()
            return answerBiometric(id, error = "invalidated")
        } catch (e: GeneralSecurityException) {
            return answerBiometric(id, error = "failed", message = e.javaClass.simpleName)
        } catch (_: IllegalArgumentException) {
            forgetBiometric()
            return answerBiometric(id, error = "invalidated")
        }
        showBiometricPrompt(
            id,
            reason,
            lang,
            cipher,
            onUnlocked = { unlocked ->
                try {
                    val secret = unlocked.doFinal(Base64.decode(sealed, Base64.NO_WRAP))
                    val encoded = Base64.encodeToString(secret, Base64.NO_WRAP)
                    secret.fill(0)
                    answerBiometric(id, ok = true, secret = encoded)
                } catch (_: AEADBadTagException) {
                    // The wrapped secret does not open with this key: it cannot be used again.
                    forgetBiometric()
                    answerBiometric(id, error = "invalidated")
                } catch (e: GeneralSecurityException) {
                    answerBiometric(id, error = "failed", message = e.javaClass.simpleName)
                } catch (_: IllegalArgumentException) {
                    forgetBiometric()
                    answerBiometric(id, error = "invalidated")
                }
            },
            onError = { error, message -> answerBiometric(id, error = error, message = message) }
        )
    }

    /** The AES-256-GCM key of the quick unlock: a strong biometric for every use. */
    private fun createBiometricKey(): SecretKey {
        val builder = KeyGenParameterSpec.Builder(
            KEY_ALIAS,
            KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT
        )
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(true)
            .setInvalidatedByBiometricEnrollment(true)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
            // Every use, a class 3 biometric only (no device credential, no time window).
            builder.setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
        }
        // API 24-29: with no validity duration set, every use needs a fingerprint authorised
        // through BiometricPrompt's CryptoObject (auth-per-use keys).
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            builder.setUnlockedDeviceRequired(true)
            try {
                return generateKey(builder.setIsStrongBoxBacked(true).build())
            } catch (_: StrongBoxUnavailableException) {
                builder.setIsStrongBoxBacked(false)
            }
        }
        return generateKey(builder.build())
    }

    private fun generateKey(spec: KeyGenParameterSpec): SecretKey =
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE).run {
            init(spec)
            generateKey()
        }

    private fun forgetBiometric() {
        try {
            keyStore().deleteEntry(KEY_ALIAS)
        } catch (_: GeneralSecurityException) {
            // No key store entry to delete.
        }
        biometricPrefs().edit().clear().commit()
    }

    /** Shows the prompt for `cipher`; exactly one of the two callbacks runs, on the main thread. */
    private fun showBiometricPrompt(
        id: String,
        description: String,
        lang: String,
        cipher: Cipher,
        onUnlocked: (Cipher) -> Unit,
        onError: (error: String, message: String?) -> Unit
    ) {
        biometricRequest = id
        val callback = object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                biometricRequest = null
                val unlocked = result.cryptoObject?.cipher
                if (unlocked == null) onError("failed", "no cipher") else onUnlocked(unlocked)
            }

            override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
                biometricRequest = null
                onError(promptError(errorCode), errString.toString())
            }
            // onAuthenticationFailed: one try not recognised; the prompt stays (and the
            // platform counts it toward its lockout).
        }
        val texts = biometricTexts(lang)
        val info = BiometricPrompt.PromptInfo.Builder()
            .setTitle("MaCNSS")
            .setDescription(description)
            .setNegativeButtonText(texts.usePin)
            .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
            .setConfirmationRequired(false)
            .build()
        try {
            BiometricPrompt(this, ContextCompat.getMainExecutor(this), callback)
                .authenticate(info, BiometricPrompt.CryptoObject(cipher))
        } catch (e: IllegalArgumentException) {
            biometricRequest = null
            onError("failed", e.javaClass.simpleName)
        }
    }

    /** BiometricPrompt's error code as the app's. */
    private fun promptError(errorCode: Int): String = when (errorCode) {
        BiometricPrompt.ERROR_NEGATIVE_BUTTON,
        BiometricPrompt.ERROR_USER_CANCELED,
        BiometricPrompt.ERROR_CANCELED,
        BiometricPrompt.ERROR_TIMEOUT -> "cancelled"
        BiometricPrompt.ERROR_LOCKOUT,
        BiometricPrompt.ERROR_LOCKOUT_PERMANENT -> "locked_out"
        BiometricPrompt.ERROR_NO_BIOMETRICS,
        BiometricPrompt.ERROR_HW_NOT_PRESENT,
        BiometricPrompt.ERROR_HW_UNAVAILABLE,
        BiometricPrompt.ERROR_NO_DEVICE_CREDENTIAL,
        BiometricPrompt.ERROR_SECURITY_UPDATE_REQUIRED -> "unavailable"
        else -> "failed"
    }

    /** Answers request `id` with the `macnss:biometric` event (main thread). */
    private fun answerBiometric(
        id: String,
        ok: Boolean = false,
        secret: String? = null,
        error: String? = null,
        message: String? = null
    ) {
        val detail = JSONObject().put("id", id).put("ok", ok)
        secret?.let { detail.put("secret", it) }
        error?.let { detail.put("error", it) }
        message?.let { detail.put("message", it) }
        // JSON is a JavaScript object literal; never logged.
        webView?.evaluateJavascript(
            "window.dispatchEvent(new CustomEvent('macnss:biometric', { detail: $detail }));",
            null
        )
    }

    private class BiometricTexts(val enroll: String, val usePin: String)

    /** The prompt's own texts in the app's language (`lang` of its root element). */
    private fun biometricTexts(lang: String): BiometricTexts = when (lang.substringBefore('-')) {
        "ar" -> BiometricTexts("أكّد لتفعيل فتح التطبيق بالبصمة.", "استعمال الرمز السري")
        "en" -> BiometricTexts("Confirm to turn on biometric unlock.", "Use PIN")
        // French, the app's reference language, also for Tamazight until its review.
        else -> BiometricTexts("Confirmez pour activer le déverrouillage biométrique.", "Utiliser le code PIN")
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
        private const val KEYSTORE = "AndroidKeyStore"
        private const val KEY_ALIAS = "macnss-quick-unlock"
        private const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val GCM_TAG_BITS = 128
        private const val SECRET_BYTES = 32
        private const val BIOMETRIC_PREFS = "macnss_biometric"
        /** The cache directory of the PDFs shared (FileProvider path `shared`). */
        private const val SHARED_DIR = "shared"
        private const val PREF_SEALED = "sealed"
        private const val PREF_IV = "iv"

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

/** The extra a notification's tap carries: the app's path of its message. */
internal const val OPEN_EXTRA = "macnss.open"
internal val OPEN_PATH = Regex("^/espace/messages/[A-Za-z0-9_-]{43}$")
private const val PUSH_PREFS = "macnss_push"
private const val ASKED_KEY = "asked"
internal const val CHANNEL_ID = "messages"

/** Firebase is configured in this build (res/values/firebase.xml, from scripts/build-android). */
internal fun firebaseReady(context: Context): Boolean =
    FirebaseApp.getApps(context).isNotEmpty() || FirebaseApp.initializeApp(context) != null

/** The channel pushes are shown in (the server's FCM `channel_id`), named in the phone's language. */
internal fun createMessagesChannel(context: Context) {
    if (Build.VERSION.SDK_INT < 26) return
    val name = when (context.resources.configuration.locales[0].language) {
        "ar" -> "رسائل الصندوق الوطني للضمان الاجتماعي"
        "en" -> "CNSS messages"
        else -> "Messages de la CNSS"
    }
    val channel = NotificationChannel(CHANNEL_ID, name, NotificationManager.IMPORTANCE_DEFAULT)
    context.getSystemService(NotificationManager::class.java)?.createNotificationChannel(channel)
}

/**
 * Pushes received while the app is in the foreground (in the background, the system shows
 * the notification part itself, tapping it opens MainActivity with the data as extras: the
 * app's `id` becomes OPEN_EXTRA there). Declared in the manifest by scripts/build-android.
 */
class MacnssMessagingService : FirebaseMessagingService() {
    override fun onMessageReceived(message: RemoteMessage) {
        val id = message.data["id"] ?: return
        val path = "/espace/messages/$id"
        if (!OPEN_PATH.matches(path)) return
        val title = message.notification?.title ?: "CNSS"
        val body = message.notification?.body ?: ""
        val open = Intent(this, MainActivity::class.java)
            .putExtra(OPEN_EXTRA, path)
            .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        val pending = PendingIntent.getActivity(
            this, id.hashCode(), open,
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT
        )
        createMessagesChannel(this)
        val notification = NotificationCompat.Builder(this, CHANNEL_ID)
            .setSmallIcon(applicationInfo.icon)
            .setContentTitle(title)
            .setContentText(body)
            .setAutoCancel(true)
            .setContentIntent(pending)
            .build()
        if (Build.VERSION.SDK_INT >= 33 &&
            ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) return
        // Tagged by the message id: a second copy (at-least-once delivery) replaces the first.
        NotificationManagerCompat.from(this).notify(id, 0, notification)
    }

    /**
     * A new token: the app registers it (replacing the old registration) the next time «Mes
     * messages» checks the permission, which is granted: nothing to keep here, and nothing
     * of the token is logged.
     */
    override fun onNewToken(token: String) {}
}
