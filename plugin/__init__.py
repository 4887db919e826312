"""QGIS plugin loader for targetgroup, a native (C++) Processing provider.

qgis_process and QGIS desktop load Python plugin folders only. This loader
opens the native library next to it and calls its exported registration
function; every algorithm, parameter and computation lives in C++.
"""
import ctypes
import os
import sys

_LIBRARY_NAMES = {"win32": "targetgroup.dll", "darwin": "libtargetgroup.so"}
_library = None


def _native_library():
    global _library
    if _library is None:
        name = _LIBRARY_NAMES.get(sys.platform, "libtargetgroup.so")
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
        _library = ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
    return _library


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


def classFactory(iface):
    return TargetGroupPlugin(iface)
