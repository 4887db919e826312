"""QGIS plugin loader for targetgroup, a native (C++) Processing provider.

qgis_process and QGIS desktop load Python plugin folders only. This loader
opens the native library next to it and calls its exported registration
function; every algorithm, parameter and computation lives in C++.

The native library is linked against one QGIS series (e.g. 3.22.x): on another
one it fails with an undefined symbol, or worse. So the loader first compares
the running QGIS with the series the library was built for (build_info.py,
written by CMake) and, on a mismatch, opens nothing and says what to do.
"""
import ctypes
import os
import sys

_LIBRARY_NAMES = {"win32": "targetgroup.dll", "darwin": "libtargetgroup.so"}
_library = None
_TITLE = "Target group profiling"
#: For tests only: pretend to run in this QGIS version (e.g. 33400).
FAKE_VERSION_VARIABLE = "TARGETGROUP_FAKE_QGIS_VERSION_INT"


def _native_library():
    global _library
    if _library is None:
        name = _LIBRARY_NAMES.get(sys.platform, "libtargetgroup.so")
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
        _library = ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
    return _library


def version_text(version_int):
    """32216 -> '3.22.16'."""
    return "{}.{}.{}".format(version_int // 10000, version_int // 100 % 100, version_int % 100)


def series_text(version_int):
    """32216 -> '3.22'."""
    return "{}.{}".format(version_int // 10000, version_int // 100 % 100)


def refusal_message(running_version_int, built_version_int, plugin_version):
    """None when the library fits the running QGIS (same major.minor series,
    any patch release), else the message that names both versions and the fix."""
    if running_version_int // 100 == built_version_int // 100:
        return None
    running_series = series_text(running_version_int)
    return (
        "{title} {plugin}: this copy was built for QGIS {built_series} ({built}), but this is "
        "QGIS {running}. Its native library only runs on the QGIS series it was built against, "
        "so it was not loaded. Install a package built for QGIS {running_series} "
        "(targetgroup-{plugin}-qgis{running_series}.zip), or build one against your QGIS "
        "(with its development files installed) from the source folder: "
        "cmake -S . -B build -G Ninja && cmake --build build && "
        "cmake --build build --target package (see the README, 'Installing the plugin')."
    ).format(title=_TITLE, plugin=plugin_version, built_series=series_text(built_version_int),
             built=version_text(built_version_int), running=version_text(running_version_int),
             running_series=running_series)


def running_qgis_version_int():
    fake = os.environ.get(FAKE_VERSION_VARIABLE)
    if fake:
        return int(fake)
    from qgis.core import Qgis
    return Qgis.QGIS_VERSION_INT


class TargetGroupPlugin:
    def __init__(self, iface):
        self.iface = iface

    def initProcessing(self):
        if not _native_library().targetgroup_register_provider():
            raise RuntimeError("targetgroup: the native provider could not be registered")

    def initGui(self):
        self.initProcessing()

    def unload(self):
        _native_library().targetgroup_unregister_provider()


class RefusedPlugin:
    """Stands in for the plugin on a QGIS it was not built for: registers
    nothing and tells the user why. (QGIS 3.22 answers an exception from
    classFactory() with a generic "Couldn't load plugin" in the message bar and
    our text only behind "Stack trace", so the message is shown directly.)"""

    def __init__(self, iface, message):
        self.iface = iface
        self.message = message

    def _log(self):
        from qgis.core import Qgis, QgsMessageLog
        QgsMessageLog.logMessage(self.message, _TITLE, Qgis.Critical)

    def initProcessing(self):
        # qgis_process prints the message log to the terminal
        self._log()

    def initGui(self):
        self._log()
        if self.iface is not None:
            from qgis.core import Qgis
            self.iface.messageBar().pushMessage(_TITLE, self.message, level=Qgis.Critical, duration=0)

    def unload(self):
        pass


def classFactory(iface):
    from . import build_info
    message = refusal_message(running_qgis_version_int(), build_info.QGIS_VERSION_INT, build_info.PLUGIN_VERSION)
    if message:
        return RefusedPlugin(iface, message)
    return TargetGroupPlugin(iface)
