#pragma once
// The output guard every algorithm calls first in prepareAlgorithm(): no
// output may be written into the file of an input or into the file of another
// output. QGIS's writers replace a whole GeoPackage (every layer in it), a
// Shapefile, a CSV, a JSON or an HTML file without asking, so an output that
// points at the households' GeoPackage would destroy them; the guard refuses
// before anything is read or written, naming both parameters.
//
// Database tables ("postgis:… table=…" destinations, what Processing's "Save
// to Database Table…" writes): QGIS's PostGIS sink drops and recreates an
// existing table without asking. In a shared database that table may be a
// colleague's, so the guard refuses an output table that exists already,
// naming it, unless the destination asks for replacement with replace=yes
// ("postgis:dbname=… table="public"."wijk_tg" (geom) replace=yes"); an output
// table that is also an input table is refused always.

#include <QString>
#include <QVariant>
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

//! A database table a parameter value refers to.
struct DatabaseTable
{
  QString providerKey; //!< "postgres" (empty: not a database table)
  QString uri;         //!< the data source URI, without the "postgis:" / "postgres://" prefix
  QString database;
  QString host;
  QString port;
  QString service;
  QString schema;
  QString table;
  //! The destination asks to replace an existing table (replace=yes).
  bool replace = false;

  bool isValid() const { return !providerKey.isEmpty() && !table.isEmpty(); }
  //! Names the table for messages, never with credentials: table "public"."x" in database 'tg'.
  QString description() const;
  //! Same server, database, schema and table.
  bool sameTableAs( const DatabaseTable &other ) const;
};

/**
 * The PostGIS table of a destination or source: "postgis:…" and "postgres:…"
 * (sink destinations, as Processing's "Save to Database Table…" writes them),
 * "postgres://…" (sources, as qgis_process reads them), a postgres layer of
 * the context. Anything else gives an invalid DatabaseTable.
 */
DatabaseTable databaseTableOfParameterValue( const QVariant &value, QgsProcessingContext &context );
//! The same for a text (destination or source string).
DatabaseTable databaseTableOfText( const QString &text );

/**
 * Whether the table exists: 1 yes, 0 no, -1 unknown (the server cannot be
 * reached; the read or the write will then fail with its own message).
 */
int databaseTableExists( const DatabaseTable &table );

/**
 * The first problem with the outputs of \a algorithm, or an empty string:
 * - a database table of an input that does not exist, or a database that
 *   cannot be reached (message names the parameter and the table, never the
 *   connection string, which may hold a password);
 * - an output table that is an input table (message names both parameters
 *   and the table), or that exists already and the destination does not say
 *   replace=yes (message names the table and both ways out);
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
