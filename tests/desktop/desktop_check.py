"""Runs inside QGIS desktop (qgis --code desktop_check.py), started by
test_desktop.cpp under Xvfb with the targetgroup plugin installed and enabled
in a throw-away profile. It does what a person would do in the window:

  1. opens the Processing Toolbox with the provider expanded,
  2. opens every targetgroup algorithm's dialog,
  3. opens the shipped model in Model Designer and validates it,
  4. runs targetgroup:fullanalysis from its dialog's Run button on the demo
     data, so that QGIS itself loads the outputs (names, post-processors),
  5. shows the styled finest areas on the map canvas with the layers panel,
  6. runs it again through processing.runAndLoadResults into GeoPackages,

checks each step, grabs screenshots, and writes every check as JSON to the
result file the driver reads. The result file is rewritten after each step,
so a run the driver has to kill still says how far it came. QGIS exits at the
end (exit code 0 when every check passed).

Environment: TARGETGROUP_DESKTOP_RESULT (JSON file to write),
TARGETGROUP_DESKTOP_SCREENSHOTS (folder for the PNGs),
TARGETGROUP_DESKTOP_DEMO (the demo GeoPackage),
TARGETGROUP_DESKTOP_SCRATCH (a folder for the GeoPackage outputs),
TARGETGROUP_DESKTOP_DEADLINE (seconds before the script gives up and exits).
"""

import hashlib
import json
import os
import tempfile
import time
import traceback

from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QFile, QIODevice, QSize, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox, QTextEdit
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
    QgsProject,
    QgsVectorLayer,
)
from qgis.utils import active_plugins, iface, pluginDirectory, plugins

PROVIDER_ID = "targetgroup"
FULL_ANALYSIS = PROVIDER_ID + ":fullanalysis"
MODEL_FILE = "targetgroup_full_analysis.model3"
# The label the finest output must load under (fullanalysis' OUTPUT_AREAS description).
FINEST_AREAS_LABEL = "Finest areas with target-group figures"
# Output parameter ids of fullanalysis whose layers load with the area style.
AREA_OUTPUTS = ("OUTPUT_AREAS", "OUTPUT_MIDDLE_AREAS", "OUTPUT_COARSE_AREAS")
HOUSEHOLD_OUTPUTS = ("OUTPUT_HOUSEHOLDS",)
DEMO_LAYERS = ("households", "wijk", "gemeente", "provincie")

RESULT_PATH = os.environ["TARGETGROUP_DESKTOP_RESULT"]
SCREENSHOTS = os.environ["TARGETGROUP_DESKTOP_SCREENSHOTS"]
DEMO = os.environ["TARGETGROUP_DESKTOP_DEMO"]
SCRATCH = os.environ["TARGETGROUP_DESKTOP_SCRATCH"]
DEADLINE = time.monotonic() + float(os.environ.get("TARGETGROUP_DESKTOP_DEADLINE", "240"))


class Deadline(Exception):
    pass


class Report:
    """Every check with its group, outcome and detail; written as JSON, with
    QGIS's warnings from the message log for the driver's failure messages."""

    def __init__(self):
        self.checks = []
        self.messages = []
        self.step = "starting"
        self.finished = False
        self.screenshots = {}

    def check(self, group, name, ok, detail=""):
        self.checks.append({"group": group, "name": name, "ok": bool(ok), "detail": str(detail)})
        return bool(ok)

    def write(self):
        document = {
            "finished": self.finished,
            "step": self.step,
            "qgis_version": Qgis.QGIS_VERSION,
            "checks": self.checks,
            "screenshots": self.screenshots,
            "messages": self.messages[-50:],
        }
        temporary = RESULT_PATH + ".part"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=1, ensure_ascii=False)
        os.replace(temporary, RESULT_PATH)

    def begin(self, step):
        self.step = step
        self.write()


report = Report()


def log_message(message, tag, level):
    if level >= Qgis.Warning:
        report.messages.append("[%s] %s" % (tag, message))


QgsApplication.messageLog().messageReceived.connect(log_message)


def wait(seconds):
    """Lets QGIS work (paint, run tasks, deliver signals) for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        time.sleep(0.01)


def wait_until(predicate, timeout, what):
    end = min(time.monotonic() + timeout, DEADLINE)
    while not predicate():
        if time.monotonic() > end:
            if time.monotonic() > DEADLINE:
                raise Deadline("the script's deadline passed while waiting for " + what)
            return False
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        time.sleep(0.01)
    return True


def dismiss_unexpected_modal_dialogs():
    """A modal message box nobody answers would hang QGIS until the driver
    kills it: record it as a failed check and close it."""
    widget = QApplication.activeModalWidget()
    if widget is None:
        return
    text = widget.windowTitle()
    if isinstance(widget, QMessageBox):
        text += ": " + widget.text()
    report.check("window", "no unexpected modal dialog", False,
                 "a modal dialog opened during step '%s' (%s); closed it" % (report.step, text))
    if isinstance(widget, QDialog):  # message boxes too
        widget.reject()
    else:
        widget.close()


def save_screenshot(widget, name, what):
    """Grabs the widget as it is painted on screen and saves
    SCREENSHOTS/name.png; records the file and a check."""
    widget.raise_()
    widget.activateWindow()
    wait(0.8)
    pixmap = widget.grab()
    path = os.path.join(SCREENSHOTS, name + ".png")
    saved = not pixmap.isNull() and pixmap.save(path, "PNG")
    report.screenshots[name] = {"path": path, "shows": what, "width": pixmap.width(), "height": pixmap.height()}
    report.check("screenshots", name + ".png saved", saved and os.path.getsize(path) > 5000,
                 "%s (%dx%d)" % (path, pixmap.width(), pixmap.height()))


def provider():
    return QgsApplication.processingRegistry().providerById(PROVIDER_ID)


def file_digest(path):
    handle = QFile(path)
    if not handle.open(QIODevice.ReadOnly):
        return None
    return hashlib.sha1(bytes(handle.readAll())).hexdigest()


# --- 0. the plugin is loaded -------------------------------------------------

def check_plugin():
    report.begin("plugin")
    report.check("plugin", "targetgroup is an active plugin", PROVIDER_ID in active_plugins,
                 "active plugins: %s" % ", ".join(active_plugins))
    ok = report.check("plugin", "the targetgroup provider is registered", provider() is not None,
                      "providers: %s" % ", ".join(p.id() for p in QgsApplication.processingRegistry().providers()))
    if ok:
        report.check("plugin", "the provider has algorithms", len(provider().algorithms()) > 0,
                     "%d algorithms" % len(provider().algorithms()))
    return ok


# --- 1. icons -----------------------------------------------------------------

def check_icons():
    report.begin("icons")
    algorithms = provider().algorithms()
    paths = {}
    digests = {}
    for algorithm in algorithms:
        path = algorithm.svgIconPath()
        expected = ":/targetgroup/icons/%s.svg" % algorithm.name()
        report.check("icons", "%s: svgIconPath is its own icon" % algorithm.id(), path == expected,
                     "svgIconPath() = '%s', expected '%s'" % (path, expected))
        report.check("icons", "%s: the icon file exists" % algorithm.id(), bool(path) and QFile.exists(path), path)
        icon = algorithm.icon()
        report.check("icons", "%s: icon() is not null and renders" % algorithm.id(),
                     not icon.isNull() and not icon.pixmap(QSize(32, 32)).isNull(), path)
        paths.setdefault(path, []).append(algorithm.id())
        digests.setdefault(file_digest(path), []).append(algorithm.id())
    shared = {path: ids for path, ids in paths.items() if len(ids) > 1}
    report.check("icons", "every algorithm has an icon path of its own", not shared and "" not in paths,
                 "shared paths: %s" % shared if shared else "%d distinct paths" % len(paths))
    same = [ids for digest, ids in digests.items() if len(ids) > 1]
    report.check("icons", "every algorithm's icon file differs from the others'", not same,
                 "same file content: %s" % same if same else "%d distinct files" % len(digests))
    report.check("icons", "no algorithm uses the provider's icon",
                 provider().svgIconPath() not in paths, "provider icon %s" % provider().svgIconPath())


# --- 2. toolbox -----------------------------------------------------------------

def find_provider_row(model):
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, Qt.DisplayRole) == provider().name():
            return index
    return None


def check_toolbox():
    report.begin("toolbox")
    processing_plugin = plugins.get("processing")
    if not report.check("toolbox", "the Processing plugin is loaded", processing_plugin is not None,
                        "plugins: %s" % ", ".join(plugins.keys())):
        return
    toolbox = processing_plugin.toolbox
    toolbox.setVisible(True)
    toolbox.raise_()
    window = iface.mainWindow()
    window.resizeDocks([toolbox], [460], Qt.Horizontal)
    wait(0.5)
    report.check("toolbox", "the Processing Toolbox is visible", toolbox.isVisible())
    tree = toolbox.algorithmTree
    model = tree.model()
    provider_index = find_provider_row(model)
    if not report.check("toolbox", "the provider is a top-level node of the toolbox",
                        provider_index is not None,
                        "top-level nodes: %s" % [model.data(model.index(r, 0)) for r in range(model.rowCount())]):
        return
    for row in range(model.rowCount()):
        tree.collapse(model.index(row, 0))
    tree.expand(provider_index)
    tree.scrollTo(provider_index, tree.PositionAtTop)
    children = [model.index(r, 0, provider_index) for r in range(model.rowCount(provider_index))]
    names = sorted(model.data(child, Qt.DisplayRole) for child in children)
    expected = sorted(algorithm.displayName() for algorithm in provider().algorithms())
    report.check("toolbox", "the provider node lists every algorithm directly (no group)",
                 names == expected and all(model.rowCount(child) == 0 for child in children),
                 "listed: %s; expected: %s" % (names, expected))
    report.check("toolbox", "every algorithm in the toolbox shows an icon",
                 all(model.data(child, Qt.DecorationRole) is not None and not model.data(child, Qt.DecorationRole).isNull()
                     for child in children), "%d items" % len(children))
    full_analysis = [child for child in children
                     if tree.algorithmForIndex(child) is not None and tree.algorithmForIndex(child).id() == FULL_ANALYSIS]
    if full_analysis:
        tree.setCurrentIndex(full_analysis[0])
    save_screenshot(toolbox, "toolbox",
                    "the Processing Toolbox with 'Target group profiling' expanded: its algorithms, each with its icon")


# --- 3. dialogs ---------------------------------------------------------------

def check_dialogs():
    report.begin("dialogs")
    import processing
    for algorithm in provider().algorithms():
        try:
            dialog = processing.createAlgorithmDialog(algorithm.id())
        except Exception:
            report.check("dialogs", "%s: the dialog builds" % algorithm.id(), False, traceback.format_exc())
            continue
        if not report.check("dialogs", "%s: the dialog builds" % algorithm.id(), dialog is not None,
                            "processing.createAlgorithmDialog returned None"):
            continue
        dialog.resize(1000, 900)
        dialog.show()
        wait(0.4)
        panel = dialog.mainWidget()
        wrappers = getattr(panel, "wrappers", {})
        missing = [p.name() for p in algorithm.parameterDefinitions()
                   if not p.flags() & p.FlagHidden and wrappers.get(p.name()) is None]
        report.check("dialogs", "%s: the dialog shows and has a widget for every parameter" % algorithm.id(),
                     dialog.isVisible() and not missing,
                     "visible=%s, parameters without a widget: %s" % (dialog.isVisible(), missing))
        dialog.close()
        dialog.deleteLater()
        wait(0.1)


# --- 4. Model Designer ---------------------------------------------------------

def check_model():
    report.begin("model")
    path = os.path.join(pluginDirectory(PROVIDER_ID), MODEL_FILE)
    if not report.check("model", "the plugin folder ships the model", os.path.exists(path), path):
        return
    from processing.modeler.ModelerDialog import ModelerDialog
    designer = ModelerDialog.create()
    designer.loadModel(path)
    designer.setGeometry(0, 0, 1600, 1000)
    designer.show()
    wait(1.0)
    model = designer.model()
    children = model.childAlgorithms() if model is not None else {}
    from_file = QgsProcessingModelAlgorithm()
    loaded = from_file.fromFile(path)
    report.check("model", "Model Designer opens the model with every step",
                 model is not None and loaded and len(children) == len(from_file.childAlgorithms()) and len(children) > 0,
                 "designer: %d steps, file: %d steps" % (len(children), len(from_file.childAlgorithms())))
    if model is None:
        designer.close()
        return
    missing = [child.algorithmId() for child in children.values() if child.algorithm() is None]
    report.check("model", "every step's algorithm is available", not missing, "missing: %s" % missing)
    ok, issues = model.validate()
    report.check("model", "the model validates (QgsProcessingModelAlgorithm.validate)", ok, "; ".join(issues))
    for child_id in sorted(children):
        child_ok, child_issues = model.validateChildAlgorithm(child_id)
        report.check("model", "step '%s' validates" % children[child_id].description(), child_ok, "; ".join(child_issues))
    zoom = [a for a in designer.findChildren(type(designer.actionRun())) if a.objectName() == "mActionZoomToItems"]
    if zoom:
        zoom[0].trigger()
    else:
        view = designer.view()
        view.fitInView(view.scene().itemsBoundingRect(), Qt.KeepAspectRatio)
    wait(0.8)
    save_screenshot(designer, "model-designer", "Model Designer with targetgroup_full_analysis.model3, zoomed to the whole model")
    designer.setDirty(False)  # no "save changes?" prompt on close
    designer.close()
    wait(0.3)


# --- 5. the full analysis from its dialog ---------------------------------------

def dialog_log(dialog):
    logs = [edit.toPlainText() for edit in dialog.findChildren(QTextEdit) if edit.objectName() == "txtLog"]
    return logs[0] if logs else ""


def add_demo_layers():
    layers = {}
    for name in DEMO_LAYERS:
        layer = QgsVectorLayer("%s|layername=%s" % (DEMO, name), name, "ogr")
        if report.check("run", "demo layer '%s' opens" % name, layer.isValid(), DEMO):
            QgsProject.instance().addMapLayer(layer)
            layers[name] = layer
    return layers


def run_full_analysis(layers):
    report.begin("run")
    import processing
    algorithm = QgsApplication.processingRegistry().algorithmById(FULL_ANALYSIS)
    if not report.check("run", "fullanalysis is registered", algorithm is not None, FULL_ANALYSIS):
        return None
    parameters = {
        "HOUSEHOLDS": layers["households"].id(),
        "SEED": "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'",
        "FIELDS": ["age_class", "education", "income", "tenure"],
        "MEMBER": "\"is_member\" = 1",
        "AREAS": layers["wijk"].id(),
        "MIDDLE_AREAS": layers["gemeente"].id(),
        "COARSE_AREAS": layers["provincie"].id(),
    }
    dialog = processing.createAlgorithmDialog(FULL_ANALYSIS, parameters)
    dialog.resize(1000, 900)
    dialog.show()
    wait(0.5)
    save_screenshot(dialog, "dialog-fullanalysis",
                    "the dialog of 'Target group: full analysis' filled in with the demo layers, before Run")
    # Outputs stay as the dialog offers them (temporary layers, "Open output
    # file after running algorithm" checked): QGIS loads them when the run ends.
    finished = {}
    dialog.algorithmFinished.connect(lambda ok, results: finished.update(ok=ok, results=results))
    before = set(QgsProject.instance().mapLayers().keys())
    started = time.monotonic()
    dialog.runButton().click()
    done = wait_until(lambda: "ok" in finished, 180, "fullanalysis to finish")
    log = dialog_log(dialog)
    report.check("run", "fullanalysis finishes from its dialog", done,
                 "still running after 180 s; log:\n" + log[-3000:] if not done else "%.1f s" % (time.monotonic() - started))
    if not done:
        return None
    report.check("run", "fullanalysis succeeds", finished["ok"], log[-3000:])
    report.check("run", "QGIS loads every result layer", "not correctly generated" not in log, log[-3000:])
    wait(1.0)
    new_layers = [layer for layer_id, layer in QgsProject.instance().mapLayers().items() if layer_id not in before]
    dialog.close()
    return algorithm, new_layers


def rule_labels(renderer):
    root = renderer.rootRule()
    labels = []

    def walk(rule):
        for child in rule.children():
            labels.append(child.label())
            walk(child)

    walk(root)
    return labels


def check_loaded_layers(algorithm, new_layers, group="layers"):
    """The layers QGIS loaded after a fullanalysis run: exactly its layer
    outputs, each under its label and with its style."""
    report.begin(group)
    labels = {}
    # Outputs of steps that run only with an input these runs do not give (a member file, library service areas).
    not_run = {"OUTPUT_UNMATCHED_MEMBERS", "OUTPUT_LIBRARIES", "OUTPUT_LIBRARY_AREAS"}
    for definition in algorithm.destinationParameterDefinitions():
        if isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)) and definition.name() not in not_run:
            labels[definition.name()] = definition.description()
    report.check(group, "the finest output is labelled '%s'" % FINEST_AREAS_LABEL,
                 labels.get("OUTPUT_AREAS") == FINEST_AREAS_LABEL, "OUTPUT_AREAS: %s" % labels.get("OUTPUT_AREAS"))
    report.check(group, "the layer outputs have distinct labels", len(set(labels.values())) == len(labels),
                 "labels: %s" % labels)
    loaded = sorted(layer.name() for layer in new_layers)
    expected = sorted(labels.values())
    report.check(group, "exactly the outputs load, each under its label (no intermediate layer)",
                 loaded == expected, "loaded: %s; expected: %s" % (loaded, expected))
    by_name = {}
    for layer in new_layers:
        by_name.setdefault(layer.name(), []).append(layer)
    for output, label in sorted(labels.items()):
        layer = by_name.get(label, [None])[0]
        if not report.check(group, "'%s' is loaded" % label, layer is not None, "loaded: %s" % loaded):
            continue
        renderer = layer.renderer()
        kind = renderer.type() if renderer else None
        if output in AREA_OUTPUTS:
            rules = rule_labels(renderer) if kind == "RuleRenderer" else []
            report.check(group, "'%s' has the rule-based area style with a Suppressed rule" % label,
                         kind == "RuleRenderer" and any(rule.startswith("Suppressed") for rule in rules),
                         "renderer %s, rules %s" % (kind, rules))
        elif output in HOUSEHOLD_OUTPUTS:
            classes = [r.label() for r in renderer.ranges()] if kind == "graduatedSymbol" else []
            report.check(group, "'%s' has the graduated household style" % label,
                         kind == "graduatedSymbol" and len(classes) > 1, "renderer %s, classes %s" % (kind, classes))
        report.check(group, "'%s' has features" % label, layer.featureCount() > 0, "%d features" % layer.featureCount())
    # Drawing order in the layer tree: households on top, then finer above coarser.
    wanted = [labels[name] for name in ("OUTPUT_HOUSEHOLDS", "OUTPUT_AREAS", "OUTPUT_MIDDLE_AREAS", "OUTPUT_COARSE_AREAS") if name in labels]
    ours = {layer.id(): layer.name() for layer in new_layers}
    drawn = [ours[node.layerId()] for node in QgsProject.instance().layerTreeRoot().findLayers() if node.layerId() in ours]
    report.check(group, "the outputs are drawn households on top, then finer above coarser", drawn == wanted,
                 "layer tree: %s; wanted: %s" % (drawn, wanted))
    return by_name.get(labels.get("OUTPUT_AREAS"), [None])[0]


# --- 6. the map -----------------------------------------------------------------

def show_map(finest):
    report.begin("map")
    window = iface.mainWindow()
    # room for the canvas: only the Layers panel beside it
    plugins["processing"].toolbox.setVisible(False)
    plugins["processing"].resultsDock.setVisible(False)
    for name in ("Browser", "Browser2"):
        browser = window.findChild(QDockWidget, name)
        if browser is not None:
            browser.setVisible(False)
    layers_panel = window.findChild(QDockWidget, "Layers")
    if layers_panel is not None:
        layers_panel.setVisible(True)
        window.resizeDocks([layers_panel], [420], Qt.Horizontal)
    report.check("map", "the Layers panel is visible", layers_panel is not None and layers_panel.isVisible())
    root = QgsProject.instance().layerTreeRoot()
    for layer in QgsProject.instance().mapLayers().values():
        node = root.findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityChecked(layer.id() == finest.id())
            node.setExpanded(layer.id() == finest.id())
    # the styled finest areas on top, the demo inputs below
    node = root.findLayer(finest.id())
    clone = node.clone()
    root.insertChildNode(0, clone)
    root.removeChildNode(node)
    iface.setActiveLayer(finest)
    canvas = iface.mapCanvas()
    rendered = {}
    canvas.mapCanvasRefreshed.connect(lambda: rendered.update(done=True))
    iface.zoomToActiveLayer()
    canvas.refreshAllLayers()
    wait_until(lambda: rendered.get("done") and not canvas.isDrawing(), 60, "the map canvas to render")
    wait(1.0)
    extent = canvas.extent()
    report.check("map", "the canvas shows the finest areas",
                 extent.intersects(canvas.mapSettings().layerExtentToOutputExtent(finest, finest.extent())),
                 "canvas extent %s" % extent.toString())
    save_screenshot(window, "wijk-map",
                    "QGIS with '%s' styled on the map canvas and its legend in the Layers panel" % finest.name())


# --- 7. the run with GeoPackage outputs ------------------------------------------

def run_with_file_outputs():
    """fullanalysis through processing.runAndLoadResults (QGIS's own load on
    completion) into GeoPackages: the styles stored with the files and the
    labels must hold here too, whatever QGIS's "use file name as layer name"."""
    report.begin("files")
    import processing
    iface.newProject(False)
    folder = tempfile.mkdtemp(prefix="files-", dir=SCRATCH)
    source = DEMO + "|layername="
    parameters = {
        "HOUSEHOLDS": source + "households",
        "SEED": "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'",
        "FIELDS": ["age_class", "education", "income", "tenure"],
        "MEMBER": "\"is_member\" = 1",
        "AREAS": source + "wijk",
        "MIDDLE_AREAS": source + "gemeente",
        "COARSE_AREAS": source + "provincie",
        "OUTPUT_PROFILE": os.path.join(folder, "profile.json"),
        "OUTPUT_HOUSEHOLDS": os.path.join(folder, "households.gpkg"),
        "OUTPUT_AREAS": os.path.join(folder, "wijk.gpkg"),
        "OUTPUT_MIDDLE_AREAS": os.path.join(folder, "gemeente.gpkg"),
        "OUTPUT_COARSE_AREAS": os.path.join(folder, "provincie.gpkg"),
    }
    try:
        processing.runAndLoadResults(FULL_ANALYSIS, parameters)
        ran = True, ""
    except Exception:
        ran = False, traceback.format_exc()
    if not report.check("files", "fullanalysis runs with GeoPackage outputs (processing.runAndLoadResults)", *ran):
        return
    wait(0.5)
    layers = list(QgsProject.instance().mapLayers().values())
    report.check("files", "the loaded layers are the GeoPackages written",
                 sorted(os.path.basename(layer.source().split("|")[0]) for layer in layers)
                 == ["gemeente.gpkg", "households.gpkg", "provincie.gpkg", "wijk.gpkg"],
                 "sources: %s" % [layer.source() for layer in layers])
    check_loaded_layers(QgsApplication.processingRegistry().algorithmById(FULL_ANALYSIS), layers, "files")


def main():
    watchdog = QTimer()
    watchdog.timeout.connect(dismiss_unexpected_modal_dialogs)
    watchdog.start(1000)
    try:
        iface.mainWindow().setGeometry(0, 0, 1600, 1000)
        wait(1.0)
        if check_plugin():
            check_icons()
            check_toolbox()
            check_dialogs()
            check_model()
            demo_layers = add_demo_layers()
            if len(demo_layers) == len(DEMO_LAYERS):
                outcome = run_full_analysis(demo_layers)
                if outcome:
                    finest = check_loaded_layers(*outcome)
                    if finest is not None:
                        show_map(finest)
            run_with_file_outputs()
        report.finished = True
    except Deadline as error:
        report.check("script", "the checks finish before the deadline", False, "%s (step '%s')" % (error, report.step))
    except Exception:
        report.check("script", "no Python error", False, "step '%s':\n%s" % (report.step, traceback.format_exc()))
    finally:
        report.write()
        QTimer.singleShot(200, lambda: leave(watchdog))


def leave(watchdog):
    """Quits as a person would (File > Exit), after closing the throw-away
    project without saving: QGIS 3.22 crashes when its window is destroyed
    with layers still in the project (QgsApplication.exit() skips the close)."""
    iface.newProject(False)
    wait(0.5)
    watchdog.stop()
    iface.mainWindow().close()
    # Should the window refuse to close (a prompt), leave anyway: the driver
    # reports a QGIS that does not exit.
    QTimer.singleShot(10000, lambda: QgsApplication.exit(3))


# --code runs before the main window's event loop: start once it runs.
QTimer.singleShot(500, main)
