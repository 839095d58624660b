#include "playback/seekablestreams.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstring>
#include <gst/gst.h>

namespace ondes {

namespace {

Q_LOGGING_CATEGORY(lcSeekable, "ondes.playback.seekable")

std::atomic<int> s_configured{0};

bool isUriDecodeBin(GstElement* element)
{
    GstElementFactory* factory = gst_element_get_factory(element);
    return factory != nullptr &&
           std::strcmp(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)), "uridecodebin") ==
               0;
}

// GstBin::element-added(bin, element): called before the new element changes state, which is
// when uridecodebin reads "ring-buffer-max-size" (as it makes its queue2).
gboolean onElementAdded(GSignalInvocationHint*, guint count, const GValue* values, gpointer)
{
    if (count < 2)
        return TRUE;
    auto* element = static_cast<GstElement*>(g_value_get_object(&values[1]));
    if (element != nullptr && GST_IS_ELEMENT(element) && isUriDecodeBin(element)) {
        g_object_set(element, "ring-buffer-max-size",
                     static_cast<guint64>(SeekableStreams::kRingBufferBytes), nullptr);
        s_configured.fetch_add(1);
        qCDebug(lcSeekable) << "ring buffer for" << GST_OBJECT_NAME(element);
    }
    return TRUE; // stay installed
}

bool installOnce()
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    gpointer binClass = g_type_class_ref(GST_TYPE_BIN); // the signal exists once the class does
    const guint signal = g_signal_lookup("element-added", GST_TYPE_BIN);
    g_type_class_unref(binClass);
    if (signal == 0) {
        qCWarning(lcSeekable) << "GstBin has no element-added signal: Ogg streams will not seek";
        return false;
    }
    g_signal_add_emission_hook(signal, 0, &onElementAdded, nullptr, nullptr);
    return true;
}

} // namespace

void SeekableStreams::ensureInstalled()
{
    static const bool installed = installOnce();
    Q_UNUSED(installed);
}

int SeekableStreams::configuredCount()
{
    return s_configured.load();
}

} // namespace ondes
