#!/usr/bin/env python3
"""Credential fixtures of the PostGIS tests, written with QGIS's own API.

  qgis_credentials.py authcfg AUTH_DIR MASTER_PASSWORD_FILE CONFIG_ID USER PASSWORD_FILE
      Creates the QGIS authentication database in AUTH_DIR (as QGIS_AUTH_DB_DIR_PATH
      would find it), sets its master password from MASTER_PASSWORD_FILE and
      stores a "Basic" configuration CONFIG_ID (7 characters) with USER and the
      password read from PASSWORD_FILE. Passwords come from files, never from
      the command line (which other users can see).

  qgis_credentials.py model MODEL_PATH ALGORITHM_ID PARAM=VALUE ...
      Saves a Processing model (.model3) with one step, ALGORITHM_ID, whose
      parameters have the given static values, as Model Designer would save a
      model that reads from a database connection.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsAuthMethodConfig,
                       QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().strip()


def authcfg(auth_dir, master_file, config_id, user, password_file):
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = auth_dir
    application = QgsApplication([], False)
    application.initQgis()
    manager = QgsApplication.authManager()
    if not manager.setMasterPassword(read(master_file), True):
        sys.exit("could not set the master password of " + auth_dir)
    config = QgsAuthMethodConfig("Basic")
    config.setId(config_id)
    config.setName("targetgroup test " + config_id)
    config.setConfig("username", user)
    config.setConfig("password", read(password_file))
    if not manager.storeAuthenticationConfig(config):
        sys.exit("could not store the authentication configuration " + config_id)
    application.exitQgis()


def model(path, algorithm_id, assignments):
    application = QgsApplication([], False)
    application.initQgis()
    model_algorithm = QgsProcessingModelAlgorithm("postgis_test", "targetgroup tests")
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId("step")
    child.setDescription("one step from the database")
    for assignment in assignments:
        name, value = assignment.split("=", 1)
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model_algorithm.addChildAlgorithm(child)
    if not model_algorithm.toFile(path):
        sys.exit("could not save the model " + path)
    application.exitQgis()


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "authcfg":
        authcfg(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "model":
        model(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        sys.exit(__doc__)
