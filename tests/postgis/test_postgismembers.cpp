// Selections the server evaluates, and members kept in the same database: a
// view joins the households to a members table (hh_id) and computes the seed
// flag, so PostgreSQL runs the join and the SEED predicate; the algorithms
// read the view through QGIS's postgres provider (key='fid': a view has no
// primary key of its own) and test one 0/1 column. This is the recipe the
// README gives for MEMBER joins in the database.

#include "pgserver.h"

#include <gtest/gtest.h>

#include <QJsonObject>

using namespace targetgroup::test;

namespace
{

const QString kViewSql = QStringLiteral(
    "DROP VIEW IF EXISTS public.households_tg;"
    "DROP TABLE IF EXISTS public.members;"
    "CREATE TABLE public.members (hh_id bigint PRIMARY KEY, member_since date NOT NULL);"
    "INSERT INTO public.members SELECT hh_id, date '2020-01-01' FROM public.households WHERE is_member = 1;"
    "CREATE VIEW public.households_tg AS"
    "  SELECT h.*,"
    "         (m.hh_id IS NOT NULL)::int AS library_member,"
    "         (h.easy_read_loans > 0 AND h.first_lang = 'nl')::int AS seed"
    "  FROM public.households h LEFT JOIN public.members m ON m.hh_id = h.hh_id;" );

} // namespace

TEST( PostgisMembers, ViewJoinsMembersAndTheServerEvaluatesTheSeed )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  QString error;
  server.query( kViewSql, &error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.members_wijk" ) );
  const QString view = server.source( QStringLiteral( "households_tg" ), QStringLiteral( "fid" ) );

  // SEED on the view's seed column: the predicate ran on the server.
  const qint64 logStart = server.logSize();
  ProcessResult process;
  QJsonObject json = server.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                                     { QStringLiteral( "--INPUT=%1" ).arg( view ), QStringLiteral( "--SEED=\"seed\" = 1" ),
                                       QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=education" ),
                                       QStringLiteral( "--OUTPUT_PROFILE=TEMPORARY_OUTPUT" ), QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) },
                                     &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QString expectedSeed = server.query( QStringLiteral( "SELECT count(*) FROM public.households WHERE easy_read_loans > 0 AND first_lang = 'nl'" ) );
  EXPECT_EQ( QString::number( json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "SEED_COUNT" ) ).toDouble() ), expectedSeed );
  // QGIS asked the view for the flag, not for the columns the predicate reads.
  const QString log = server.logFrom( logStart );
  bool sawRead = false;
  for ( const QString &line : log.split( QLatin1Char( '\n' ) ) )
  {
    if ( !line.contains( QStringLiteral( "FROM \"public\".\"households_tg\"" ) ) || !line.contains( QStringLiteral( "\"age_class\"" ) ) )
      continue;
    sawRead = true;
    EXPECT_TRUE( line.contains( QStringLiteral( "\"seed\"" ) ) ) << line.toStdString();
    EXPECT_FALSE( line.contains( QStringLiteral( "\"easy_read_loans\"" ) ) ) << line.toStdString();
  }
  EXPECT_TRUE( sawRead ) << log.toStdString();

  // MEMBER through the join: every member counted once, in the database's own output table.
  json = server.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                         { QStringLiteral( "--INPUT=%1" ).arg( view ), QStringLiteral( "--AREAS=%1" ).arg( server.source( QStringLiteral( "wijk" ) ) ),
                           QStringLiteral( "--PROB_FIELD=tg_truth" ), QStringLiteral( "--REF_FIELD=tg_truth" ),
                           QStringLiteral( "--MEMBER=\"library_member\" = 1" ), QStringLiteral( "--MIN_COUNT=0" ),
                           QStringLiteral( "--OUTPUT=%1" ).arg( server.destination( QStringLiteral( "members_wijk" ) ) ) },
                         &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "MATCHED" ) ).toDouble(), 30000.0 );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(mem_total)::bigint FROM public.members_wijk" ) ), server.query( QStringLiteral( "SELECT count(*) FROM public.members" ) ) );
}
