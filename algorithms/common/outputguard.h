#pragma once
// The output guard every algorithm calls first in prepareAlgorithm(): no
// output may be written into the file of an input or into the file of another
// output. QGIS's writers replace a whole GeoPackage (every layer in it), a
// Shapefile, a CSV, a JSON or an HTML file without asking, so an output that
// points at the households' GeoPackage would destroy them; the guard refuses
// before anything is read or written, naming both parameters.

#include <QString>
#include <QVariantMap>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace targetgroup
{

/**
 * The file a parameter value refers to, as an absolute, canonical path where
 * the file exists; empty when it refers to no file (a memory layer, a
 * temporary output, a database table, an unset optional parameter). Accepts
 * what QGIS accepts: paths with "|layername=…" and other provider options,
 * "ogr:dbname='…' table=…" destinations, layer objects, layer ids of the
 * context's project, source and output definitions.
 */
QString fileOfParameterValue( const QVariant &value, QgsProcessingContext &context );

/**
 * The first problem with the outputs of \a algorithm, or an empty string:
 * - an output parameter (sink, vector or file destination) that refers to the
 *   same file as an input parameter (source, layer, file) or as another
 *   output; the message names both parameters (id and label) and the file;
 * - a vector output written as a Shapefile (.shp, .dbf): the DBF format cuts
 *   field names to 10 characters (tg_expected_low, tg_expected_high →
 *   tg_expec_1, tg_expec_2), so the next step could not read the output; the
 *   message suggests a GeoPackage.
 */
QString outputProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

} // namespace targetgroup
