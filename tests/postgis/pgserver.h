#pragma once
// The live PostgreSQL + PostGIS server of the PostGIS tests: the throw-away
// cluster of scripts/postgis-cluster.sh, handed over in TARGETGROUP_TEST_PG_*
// variables (scripts/test.sh always starts one). Without them the tests skip:
// SKIP_WITHOUT_POSTGIS() says how to start a server.
//
// qgis_process reaches the server through a password file (PGPASSFILE, libpq's
// ~/.pgpass) that only this process can read, so no password is in any
// connection string; the credential tests use QGIS authentication
// configurations and a pg_service.conf instead.

#include "processrunner.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace targetgroup::test
{

class PgServer
{
public:
  //! The server given in the environment, or nullptr.
  static const PgServer *instance();
  //! Why the tests skip without a server, and how to give one.
  static QString skipMessage();

  QString host() const { return mHost; } //!< the socket folder
  QString port() const { return mPort; }
  QString dbname() const { return mDbname; }
  QString user() const { return mUser; }
  //! The user's password: for writing credential stores only, never into a connection string.
  QString password() const { return mPassword; }

  //! dbname='…' host=… port=… user='…' (no password).
  QString connectionInfo() const;
  //! A layer source for qgis_process: "postgres://<connectionInfo> [key='…'] table="schema"."table" (geom)".
  QString source( const QString &table, const QString &key = QString(), const QString &schema = QStringLiteral( "public" ) ) const;
  //! A destination for qgis_process, as "Save to Database Table…" writes it: "postgis:<connectionInfo> table="public"."table" (geom)".
  QString destination( const QString &table, const QString &schema = QStringLiteral( "public" ) ) const;

  //! Runs SQL with psql (unaligned, tuples only); the output, trimmed. Sets \a error (and returns empty) on failure.
  QString query( const QString &sql, QString *error = nullptr ) const;
  //! Loads the demo GeoPackage's layers (households, wijk, gemeente, provincie) into public.* with ogr2ogr, once per process.
  QString loadDemoData() const;
  //! ogr2ogr a file layer into public.<table> (geometry column geom, key fid), replacing it.
  QString loadLayer( const QString &fileSource, const QString &layerName, const QString &table ) const;

  //! The qgis_process environment of the installed plugin, with PGPASSFILE.
  QProcessEnvironment qgisEnvironment() const;
  //! Like InstalledPlugin::runJson, in \a environment (default: qgisEnvironment()).
  QJsonObject runJson( const QString &algorithmId, const QStringList &parameterAssignments, ProcessResult *process = nullptr,
                       const QProcessEnvironment *environment = nullptr ) const;

  //! The server log (every statement: log_statement=all) from byte \a offset on.
  QString logFrom( qint64 offset ) const;
  qint64 logSize() const;

private:
  PgServer() = default;
  QString mHost, mPort, mDbname, mUser, mPassword, mLog, mPassFile;
};

} // namespace targetgroup::test

#define SKIP_WITHOUT_POSTGIS()                                                  \
  do                                                                            \
  {                                                                             \
    if ( !targetgroup::test::PgServer::instance() )                             \
      GTEST_SKIP() << targetgroup::test::PgServer::skipMessage().toStdString(); \
  } while ( false )
