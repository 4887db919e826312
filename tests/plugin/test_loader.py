"""Unit tests of the plugin loader (plugin/__init__.py) without QGIS: the
version check, its message, and what the refusing plugin does in QGIS desktop
(a message bar item) and qgis_process (the message log). qgis.core is replaced
by a stub that records the calls. Run: python3 tests/plugin/test_loader.py"""
import importlib
import os
import shutil
import sys
import tempfile
import types
import unittest

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "plugin", "__init__.py")


class _Recorder:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs))


def _install_qgis_stub(log):
    qgis = types.ModuleType("qgis")
    core = types.ModuleType("qgis.core")
    core.Qgis = types.SimpleNamespace(Critical="Critical", QGIS_VERSION_INT=32216)
    core.QgsMessageLog = types.SimpleNamespace(logMessage=lambda *args: log.append(args))
    qgis.core = core
    sys.modules["qgis"] = qgis
    sys.modules["qgis.core"] = core


class LoaderTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        package = os.path.join(self.folder, "targetgroup_under_test")
        os.mkdir(package)
        shutil.copy(SOURCE, os.path.join(package, "__init__.py"))
        with open(os.path.join(package, "build_info.py"), "w") as build_info:
            build_info.write('PLUGIN_VERSION = "0.1.0"\nQGIS_VERSION = "3.22.16"\nQGIS_VERSION_INT = 32216\nQT_MAJOR = 5\n')
        sys.path.insert(0, self.folder)
        self.log = []
        _install_qgis_stub(self.log)
        self.loader = importlib.import_module("targetgroup_under_test")
        os.environ.pop(self.loader.FAKE_VERSION_VARIABLE, None)

    def tearDown(self):
        os.environ.pop(self.loader.FAKE_VERSION_VARIABLE, None)
        sys.path.remove(self.folder)
        for name in [name for name in sys.modules if name.startswith("targetgroup_under_test") or name.startswith("qgis")]:
            del sys.modules[name]
        shutil.rmtree(self.folder)

    def test_same_series_any_patch_release_loads(self):
        for running in (32200, 32216, 32299):
            self.assertIsNone(self.loader.refusal_message(running, 32216, "0.1.0"))

    def test_other_series_is_refused_naming_both_versions_and_the_fix(self):
        for running in (32100, 32800, 33400, 40000):
            message = self.loader.refusal_message(running, 32216, "0.1.0")
            self.assertIn("built for QGIS 3.22 (3.22.16)", message)
            self.assertIn("this is QGIS " + self.loader.version_text(running), message)
            self.assertIn("targetgroup-0.1.0-qgis" + self.loader.series_text(running) + ".zip", message)
            self.assertIn("cmake --build build --target package", message)

    def test_version_texts(self):
        self.assertEqual(self.loader.version_text(33404), "3.34.4")
        self.assertEqual(self.loader.series_text(40002), "4.0")

    def test_running_version_is_qgis_unless_faked(self):
        self.assertEqual(self.loader.running_qgis_version_int(), 32216)
        os.environ[self.loader.FAKE_VERSION_VARIABLE] = "33400"
        self.assertEqual(self.loader.running_qgis_version_int(), 33400)

    def test_desktop_shows_the_refusal_in_the_message_bar(self):
        os.environ[self.loader.FAKE_VERSION_VARIABLE] = "33400"
        bar = _Recorder()
        iface = types.SimpleNamespace(messageBar=lambda: bar)
        plugin = self.loader.classFactory(iface)
        self.assertIsInstance(plugin, self.loader.RefusedPlugin)
        plugin.initGui()
        self.assertEqual(len(bar.calls), 1)
        name, args, kwargs = bar.calls[0]
        self.assertEqual(name, "pushMessage")
        self.assertEqual(args, ("Target group profiling", plugin.message))
        self.assertEqual(kwargs, {"level": "Critical", "duration": 0})
        self.assertEqual(self.log, [(plugin.message, "Target group profiling", "Critical")])
        plugin.unload()  # nothing was registered, nothing to remove

    def test_qgis_process_gets_the_refusal_in_the_message_log(self):
        os.environ[self.loader.FAKE_VERSION_VARIABLE] = "40000"
        plugin = self.loader.classFactory(None)
        plugin.initProcessing()
        self.assertEqual(self.log, [(plugin.message, "Target group profiling", "Critical")])
        self.assertIn("this is QGIS 4.0.0", plugin.message)

    def test_the_built_for_series_gets_the_real_plugin(self):
        self.assertIsInstance(self.loader.classFactory(None), self.loader.TargetGroupPlugin)


if __name__ == "__main__":
    unittest.main()
