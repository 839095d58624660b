#include "playback/tempoaudiosink.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <gst/gst.h>
#include <memory>
#include <vector>

namespace ondes {

namespace {

Q_LOGGING_CATEGORY(lcTempo, "ondes.playback.tempo")

// Above pulsesink (PRIMARY + 10), pipewiresink and alsasink (PRIMARY): autoaudiosink tries
// the audio sinks by rank and keeps the first that opens.
constexpr guint kAutoRank = GST_RANK_PRIMARY + 100;
constexpr const char* kPulseSink = "pulsesink";
constexpr const char* kStages[] = {"scaletempo", "audioconvert", "audioresample"};
constexpr const char* kRealSinkName = "realsink";
enum Property : guint { PropDevice = 1 };

// Two element types share the code below: "ondestemposink" for autoaudiosink, and the one that
// takes the place of "pulsesink" (Qt 6.4 makes its sink with that name when the output has a
// device), around the pulsesink factory kept aside.
GType s_autoType = 0;
GType s_pulseType = 0;
GstElementFactory* s_pulseFactory = nullptr;
gpointer s_parentClass = nullptr;

// Weak references to every sink of ours alive, for playingChains().
QMutex s_liveMutex;
std::vector<std::unique_ptr<GWeakRef>> s_live;

// A strong reference to every sink of ours alive; the dead ones are forgotten. The caller
// unrefs them, outside the lock (a last unref finalizes, and finalize() takes the lock).
std::vector<GstElement*> liveSinks()
{
    std::vector<GstElement*> alive;
    const QMutexLocker lock(&s_liveMutex);
    std::erase_if(s_live, [&](const std::unique_ptr<GWeakRef>& ref) {
        if (gpointer object = g_weak_ref_get(ref.get())) {
            alive.push_back(GST_ELEMENT(object));
            return false;
        }
        g_weak_ref_clear(ref.get());
        return true;
    });
    return alive;
}

// The audio sink autoaudiosink would pick, leaving ours out: the highest-ranked audio sink
// that opens (reaches READY). A fake sink that keeps the clock when none does, so that the
// media still plays at its speed (as autoaudiosink does without a sound server).
GstElement* createRealSink()
{
    GList* factories = gst_element_factory_list_get_elements(
        GST_ELEMENT_FACTORY_TYPE_SINK | GST_ELEMENT_FACTORY_TYPE_MEDIA_AUDIO, GST_RANK_MARGINAL);
    factories = g_list_sort(factories, gst_plugin_feature_rank_compare_func);
    GstElement* chosen = nullptr;
    for (GList* item = factories; item && !chosen; item = item->next) {
        GstElementFactory* factory = GST_ELEMENT_FACTORY(item->data);
        const GType type = gst_element_factory_get_element_type(factory);
        if (type == s_autoType)
            continue;
        if (type == s_pulseType)
            factory = s_pulseFactory;
        GstElement* sink = factory ? gst_element_factory_create(factory, nullptr) : nullptr;
        if (!sink)
            continue;
        gst_object_ref_sink(sink);
        if (gst_element_set_state(sink, GST_STATE_READY) != GST_STATE_CHANGE_FAILURE)
            chosen = sink;
        gst_element_set_state(sink, GST_STATE_NULL);
        if (!chosen)
            gst_object_unref(sink);
    }
    gst_plugin_feature_list_free(factories);
    if (!chosen && (chosen = gst_element_factory_make("fakesink", nullptr))) {
        gst_object_ref_sink(chosen);
        g_object_set(chosen, "sync", TRUE, nullptr);
    }
    return chosen;
}

GstElement* realSink(GObject* bin)
{
    return gst_bin_get_by_name(GST_BIN(bin), kRealSinkName);
}

void instanceInit(GTypeInstance* instance, gpointer klass)
{
    GstBin* bin = GST_BIN(instance);
    GstElement* previous = nullptr;
    GstPad* entry = nullptr;
    auto append = [&](GstElement* element) {
        if (!element)
            return;
        gst_bin_add(bin, element);
        if (previous)
            gst_element_link(previous, element);
        else
            entry = gst_element_get_static_pad(element, "sink");
        previous = element;
    };
    for (const char* stage : kStages)
        append(gst_element_factory_make(stage, nullptr));
    GstElement* sink = nullptr;
    if (G_TYPE_FROM_CLASS(klass) == s_pulseType) {
        sink = gst_element_factory_create(s_pulseFactory, kRealSinkName);
        if (sink)
            gst_object_ref_sink(sink);
    } else {
        sink = createRealSink();
        if (sink)
            gst_object_set_name(GST_OBJECT(sink), kRealSinkName);
    }
    // Qt 6.4 runs its pipeline on the system clock, so the sound output follows it ("slaves").
    // With the default skew slaving, about one speed change in eight (a flushing seek) left the
    // output silent, or stuck with seconds of latency, while the position moved on; measured
    // with the pitch test, also without this bin. Without slaving that never happened in 24
    // runs. The sound then goes at the output's own pace; the position, on the system clock,
    // may part from it by the clocks' difference (tens of ppm: a fraction of a second an hour).
    if (sink && g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "slave-method"))
        gst_util_set_object_arg(G_OBJECT(sink), "slave-method", "none");
    if (sink) {
        append(sink);
        gst_object_unref(sink); // the bin holds it now
    }
    if (entry) {
        GstPadTemplate* pads = gst_element_class_get_pad_template(GST_ELEMENT_CLASS(klass), "sink");
        gst_element_add_pad(GST_ELEMENT(bin), gst_ghost_pad_new_from_template("sink", entry, pads));
        gst_object_unref(entry);
    }

    auto ref = std::make_unique<GWeakRef>();
    g_weak_ref_init(ref.get(), instance);
    const QMutexLocker lock(&s_liveMutex);
    s_live.push_back(std::move(ref));
}

// "device", as pulsesink has it: Qt 6.4 names the output device with it.
void setProperty(GObject* object, guint id, const GValue* value, GParamSpec* spec)
{
    if (id != PropDevice) {
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
        return;
    }
    if (GstElement* sink = realSink(object)) {
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "device"))
            g_object_set_property(G_OBJECT(sink), "device", value);
        gst_object_unref(sink);
    }
}

void getProperty(GObject* object, guint id, GValue* value, GParamSpec* spec)
{
    if (id != PropDevice) {
        G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, spec);
        return;
    }
    if (GstElement* sink = realSink(object)) {
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "device"))
            g_object_get_property(G_OBJECT(sink), "device", value);
        gst_object_unref(sink);
    }
}

void finalize(GObject* object)
{
    for (GstElement* element : liveSinks())
        gst_object_unref(element);
    G_OBJECT_CLASS(s_parentClass)->finalize(object);
}

void classInit(gpointer klass, gpointer)
{
    s_parentClass = g_type_class_peek_parent(klass);
    GObjectClass* object = G_OBJECT_CLASS(klass);
    object->finalize = finalize;
    object->set_property = setProperty;
    object->get_property = getProperty;
    g_object_class_install_property(
        object, PropDevice,
        g_param_spec_string("device", "Device", "The device of the sink inside", nullptr,
                            GParamFlags(G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)));
    GstElementClass* element = GST_ELEMENT_CLASS(klass);
    gst_element_class_set_static_metadata(element, "Ondes tempo audio sink", "Sink/Audio",
                                          "Plays audio at any speed with its pitch kept",
                                          "The Ondes developers");
    GstCaps* caps = gst_caps_from_string("audio/x-raw");
    gst_element_class_add_pad_template(
        element, gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, caps));
    gst_caps_unref(caps);
}

GType registerType(const char* name)
{
    return g_type_register_static_simple(GST_TYPE_BIN, name, sizeof(GstBinClass), classInit,
                                         sizeof(GstBin), instanceInit, GTypeFlags(0));
}

gboolean pluginInit(GstPlugin* plugin)
{
    s_autoType = registerType("OndesTempoSink");
    bool ok = gst_element_register(plugin, TempoAudioSink::kElementName, kAutoRank, s_autoType);
    if (s_pulseFactory) {
        // Registering a feature under a taken name replaces it in the registry; the pulsesink
        // factory (kept, and loaded, here) still makes the real one.
        s_pulseType = registerType("OndesTempoPulseSink");
        ok = gst_element_register(plugin, kPulseSink,
                                  gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(s_pulseFactory)),
                                  s_pulseType) &&
             ok;
    }
    return ok;
}

bool registerOnce()
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    for (const char* stage : kStages) {
        GstElementFactory* factory = gst_element_factory_find(stage);
        if (!factory) {
            qCWarning(lcTempo) << "GStreamer has no" << stage
                               << "element (gstreamer1.0-plugins-good/-base): the pitch will "
                                  "follow the playback speed";
            return false;
        }
        gst_object_unref(factory);
    }
    if (GstElementFactory* pulse = gst_element_factory_find(kPulseSink)) {
        s_pulseFactory = GST_ELEMENT_FACTORY(gst_plugin_feature_load(GST_PLUGIN_FEATURE(pulse)));
        gst_object_unref(pulse);
    }
    const bool ok = gst_plugin_register_static(
        GST_VERSION_MAJOR, GST_VERSION_MINOR, "ondes", "Ondes's audio sink that keeps the pitch",
        pluginInit, "1.0", GST_LICENSE_UNKNOWN, "ondes", "ondes", "https://ondes.invalid/");
    if (!ok)
        qCWarning(lcTempo) << "cannot register" << TempoAudioSink::kElementName
                           << ": the pitch will follow the playback speed";
    else
        qCDebug(lcTempo) << "registered" << TempoAudioSink::kElementName
                         << (s_pulseFactory ? "and pulsesink" : "");
    return ok;
}

// "scaletempo ! audioconvert ! audioresample ! pulsesink", from the bin's sink pad onwards.
QString describeChain(GstElement* bin)
{
    QStringList names;
    GstPad* ghost = gst_element_get_static_pad(bin, "sink");
    GstPad* pad = ghost ? gst_ghost_pad_get_target(GST_GHOST_PAD(ghost)) : nullptr;
    if (ghost)
        gst_object_unref(ghost);
    while (pad) {
        GstElement* element = gst_pad_get_parent_element(pad);
        gst_object_unref(pad);
        pad = nullptr;
        if (!element)
            break;
        GstElementFactory* factory = gst_element_get_factory(element);
        names << QString::fromUtf8(
            factory ? gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)) : "?");
        if (GstPad* src = gst_element_get_static_pad(element, "src")) {
            pad = gst_pad_get_peer(src);
            gst_object_unref(src);
        }
        gst_object_unref(element);
    }
    return names.join(QStringLiteral(" ! "));
}

} // namespace

bool TempoAudioSink::ensureRegistered()
{
    static const bool registered = registerOnce();
    return registered;
}

QStringList TempoAudioSink::playingChains()
{
    QStringList chains;
    for (GstElement* element : liveSinks()) {
        GstState state = GST_STATE_NULL;
        gst_element_get_state(element, &state, nullptr, 0);
        if (state == GST_STATE_PLAYING) {
            gchar* path = gst_object_get_path_string(GST_OBJECT(element));
            chains << QString::fromUtf8(path) + QStringLiteral(": ") + describeChain(element);
            g_free(path);
        }
        gst_object_unref(element);
    }
    return chains;
}

} // namespace ondes
