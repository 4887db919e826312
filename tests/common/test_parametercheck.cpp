// The checks every algorithm of the provider shares (common/parametercheck.h):
// numbers outside their range are refused with the range in the message,
// before and at run time; the help lists the ranges; an unforeseen exception
// leaves an algorithm as a QgsProcessingException; and a canceled run of any
// algorithm never reports success.

#include "common/parametercheck.h"

#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QFile>
#include <QTemporaryDir>

#include <stdexcept>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kDemo = QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" );

QString demoLayer( const QString &name )
{
  return kDemo + QStringLiteral( "|layername=" ) + name;
}

const QgsProcessingAlgorithm *algorithm( const QString &name )
{
  return QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "targetgroup:" ) + name );
}

//! An algorithm whose work throws a plain std::exception, as an engine error would.
class ThrowingAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  QString name() const override { return QStringLiteral( "throwing" ); }
  QString displayName() const override { return QStringLiteral( "Throwing" ); }
  ThrowingAlgorithm *createInstance() const override { return new ThrowingAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap & ) override {}
  QVariantMap processChecked( const QVariantMap &, QgsProcessingContext &, QgsProcessingFeedback * ) override
  {
    throw std::invalid_argument( "prevalence must be in [0, 1]" );
  }
};

} // namespace

TEST( ParameterCheck, NumbersOutsideTheirRangeNameTheRange )
{
  const QgsProcessingAlgorithm *buildProfile = algorithm( QStringLiteral( "buildprofile" ) );
  ASSERT_TRUE( buildProfile );
  QgsProcessingContext context;
  const struct
  {
    QString parameter;
    QVariant value;
    QString expected;
  } cases[] = {
      { QStringLiteral( "MIN_CELL" ), 3000000000.0, QStringLiteral( "MIN_CELL (“Minimum cell size (smaller categories are merged into \"(other)\")”) is 3000000000; it must be a whole number from 1 to 1,000,000." ) },
      { QStringLiteral( "BINS" ), 25, QStringLiteral( "it must be a whole number from 2 to 20." ) },
      { QStringLiteral( "BINS" ), 2.5, QStringLiteral( "BINS (“Quantile bins for numeric fields”) is 2.5; it must be a whole number from 2 to 20." ) },
      { QStringLiteral( "BINS" ), QStringLiteral( "many" ), QStringLiteral( "is many; it must be a whole number" ) },
  };
  for ( const auto &testCase : cases )
  {
    const QVariantMap parameters{ { testCase.parameter, testCase.value } };
    const QString problem = numberProblem( *buildProfile, parameters, context );
    EXPECT_TRUE( problem.contains( testCase.expected ) ) << problem.toStdString() << " / expected: " << testCase.expected.toStdString();
    QString message;
    EXPECT_FALSE( buildProfile->checkParameterValues( parameters, context, &message ) );
    EXPECT_EQ( message, problem );
  }
  EXPECT_TRUE( numberProblem( *buildProfile, { { QStringLiteral( "BINS" ), 20 }, { QStringLiteral( "MIN_CELL" ), 1000000 } }, context ).isEmpty() );

  // At run time too (models and scripts may skip checkParameterValues()).
  const QgsProcessingAlgorithm *synthetic = algorithm( QStringLiteral( "synthetichouseholds" ) );
  ASSERT_TRUE( synthetic );
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( *synthetic, { { QStringLiteral( "AREAS" ), demoLayer( QStringLiteral( "wijk" ) ) }, { QStringLiteral( "HOUSEHOLDS" ), 2147483648.0 }, { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } }, context, feedback );
  EXPECT_FALSE( run.ok );
  EXPECT_TRUE( run.error.contains( QStringLiteral( "is 2147483648; it must be a whole number from 0 to 20,000,000." ) ) ) << "[" << run.error.toStdString() << "]";
}

TEST( ParameterCheck, HelpListsTheRanges )
{
  const QString help = algorithm( QStringLiteral( "buildprofile" ) )->shortHelpString();
  EXPECT_TRUE( help.contains( QStringLiteral( "Ranges: " ) ) ) << help.toStdString();
  EXPECT_TRUE( help.contains( QStringLiteral( "Quantile bins for numeric fields: from 2 to 20" ) ) ) << help.toStdString();
  const QString aggregateHelp = algorithm( QStringLiteral( "aggregateareas" ) )->shortHelpString();
  EXPECT_TRUE( aggregateHelp.contains( QStringLiteral( "<p>Ranges: Expected share of target-group households (0–1): from 0 to 1; Suppress areas with fewer households than: from 0 to 1,000,000.</p>" ) ) ) << aggregateHelp.toStdString();
}

TEST( ParameterCheck, AnUnforeseenExceptionLeavesAsAProcessingException )
{
  ThrowingAlgorithm prototype;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( prototype, QVariantMap(), context, feedback );
  EXPECT_FALSE( run.ok );
  EXPECT_EQ( run.error, QStringLiteral( "Throwing stopped on an unexpected error: prevalence must be in [0, 1]. Please report this, with the log." ) );
}

TEST( ParameterCheck, EveryAlgorithmStopsWhenCanceledAndNeverReportsSuccess )
{
  QTemporaryDir directory;
  auto path = [&]( const QString &name )
  { return directory.filePath( name ); };
  QgsProcessingContext context;

  // Inputs for every step, made by the steps before it (not canceled).
  const QVariantMap profileParameters{ { QStringLiteral( "INPUT" ), demoLayer( QStringLiteral( "households" ) ) },
                                       { QStringLiteral( "SEED" ), QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ) },
                                       { QStringLiteral( "FIELDS" ), QStringList{ QStringLiteral( "age_class" ), QStringLiteral( "education" ), QStringLiteral( "income" ) } },
                                       { QStringLiteral( "OUTPUT_PROFILE" ), path( QStringLiteral( "profile.json" ) ) },
                                       { QStringLiteral( "OUTPUT_TABLE" ), path( QStringLiteral( "table.gpkg" ) ) } };
  const QVariantMap scoreParameters{ { QStringLiteral( "INPUT" ), demoLayer( QStringLiteral( "households" ) ) },
                                     { QStringLiteral( "PROFILE" ), path( QStringLiteral( "profile.json" ) ) },
                                     { QStringLiteral( "OUTPUT" ), path( QStringLiteral( "scored.gpkg" ) ) } };
  const QVariantMap aggregateParameters{ { QStringLiteral( "INPUT" ), path( QStringLiteral( "scored.gpkg" ) ) },
                                         { QStringLiteral( "AREAS" ), demoLayer( QStringLiteral( "wijk" ) ) },
                                         { QStringLiteral( "MIN_COUNT" ), 0 },
                                         { QStringLiteral( "OUTPUT" ), path( QStringLiteral( "fine.gpkg" ) ) } };
  const QVariantMap rollupParameters{ { QStringLiteral( "INPUT" ), path( QStringLiteral( "fine.gpkg" ) ) },
                                      { QStringLiteral( "AREAS" ), demoLayer( QStringLiteral( "gemeente" ) ) },
                                      { QStringLiteral( "OUTPUT" ), path( QStringLiteral( "gemeenten.gpkg" ) ) } };
  const QVariantMap reportParameters{ { QStringLiteral( "AREAS" ), path( QStringLiteral( "gemeenten.gpkg" ) ) },
                                      { QStringLiteral( "OUTPUT_HTML" ), path( QStringLiteral( "report.html" ) ) } };
  const QVariantMap libraryParameters{ { QStringLiteral( "AREAS" ), path( QStringLiteral( "fine.gpkg" ) ) },
                                       { QStringLiteral( "LIBRARIES" ), demoLayer( QStringLiteral( "gemeente" ) ) },
                                       { QStringLiteral( "LIBRARY_NAME_FIELD" ), QStringLiteral( "statnaam" ) },
                                       { QStringLiteral( "OUTPUT_TABLE" ), path( QStringLiteral( "libraries.gpkg" ) ) },
                                       { QStringLiteral( "OUTPUT_AREAS" ), path( QStringLiteral( "library_areas.gpkg" ) ) },
                                       { QStringLiteral( "OUTPUT_FOLDER" ), path( QStringLiteral( "libraries" ) ) } };
  const QVariantMap syntheticParameters{ { QStringLiteral( "AREAS" ), demoLayer( QStringLiteral( "wijk" ) ) },
                                         { QStringLiteral( "HOUSEHOLDS" ), 20000 },
                                         { QStringLiteral( "OUTPUT" ), path( QStringLiteral( "synthetic.gpkg" ) ) } };
  const QVariantMap fullParameters{ { QStringLiteral( "HOUSEHOLDS" ), demoLayer( QStringLiteral( "households" ) ) },
                                    { QStringLiteral( "SEED" ), profileParameters.value( QStringLiteral( "SEED" ) ) },
                                    { QStringLiteral( "FIELDS" ), profileParameters.value( QStringLiteral( "FIELDS" ) ) },
                                    { QStringLiteral( "AREAS" ), demoLayer( QStringLiteral( "wijk" ) ) },
                                    { QStringLiteral( "OUTPUT_PROFILE" ), path( QStringLiteral( "full_profile.json" ) ) },
                                    { QStringLiteral( "OUTPUT_HOUSEHOLDS" ), path( QStringLiteral( "full_scored.gpkg" ) ) },
                                    { QStringLiteral( "OUTPUT_AREAS" ), path( QStringLiteral( "full_areas.gpkg" ) ) } };
  const QVariantMap matchParameters{ { QStringLiteral( "INPUT" ), demoLayer( QStringLiteral( "households" ) ) },
                                     { QStringLiteral( "MEMBERS" ), QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/members.csv" ) },
                                     { QStringLiteral( "OUTPUT" ), path( QStringLiteral( "matched.gpkg" ) ) },
                                     { QStringLiteral( "UNMATCHED_OUTPUT" ), path( QStringLiteral( "unmatched.csv" ) ) } };
  const QList<QPair<QString, QVariantMap>> runs{
      { QStringLiteral( "buildprofile" ), profileParameters }, { QStringLiteral( "scorehouseholds" ), scoreParameters }, { QStringLiteral( "aggregateareas" ), aggregateParameters }, { QStringLiteral( "rollupareas" ), rollupParameters }, { QStringLiteral( "libraryreport" ), libraryParameters }, { QStringLiteral( "areareport" ), reportParameters }, { QStringLiteral( "synthetichouseholds" ), syntheticParameters }, { QStringLiteral( "fullanalysis" ), fullParameters }, { QStringLiteral( "matchmembers" ), matchParameters } };
  QStringList covered;
  for ( const auto &[name, parameters] : runs )
  {
    const QgsProcessingAlgorithm *prototype = algorithm( name );
    ASSERT_TRUE( prototype ) << name.toStdString();
    covered << prototype->id();

    // Canceled as soon as it reports progress.
    RecordingFeedback canceling;
    QObject::connect( &canceling, &QgsFeedback::progressChanged, [&canceling]( double progress )
                      { if ( progress > 0 ) canceling.cancel(); } );
    const AlgorithmRun canceled = runAlgorithm( *prototype, parameters, context, canceling );
    EXPECT_FALSE( canceled.ok ) << name.toStdString() << " reported success after cancel";
    EXPECT_TRUE( canceled.error.contains( QStringLiteral( "Canceled" ) ) ) << name.toStdString() << ": " << canceled.error.toStdString();

    // Then the real run, whose outputs the next step reads.
    RecordingFeedback feedback;
    const AlgorithmRun run = runAlgorithm( *prototype, parameters, context, feedback );
    ASSERT_TRUE( run.ok ) << name.toStdString() << ": " << run.error.toStdString();
  }
  // Every algorithm of the provider is in the list above.
  for ( const QgsProcessingAlgorithm *registered : QgsApplication::processingRegistry()->providerById( QStringLiteral( "targetgroup" ) )->algorithms() )
    EXPECT_TRUE( covered.contains( registered->id() ) ) << registered->id().toStdString() << " has no cancellation test";
}

TEST( ParameterCheck, DatabaseDestinationsAreReadBackAsSources )
{
  // What QGIS 3.22's sinks return for "Save to Database Table…", and what a later step must open.
  EXPECT_EQ( readableSource( QStringLiteral( "postgis:dbname='tg' host=/tmp port=5433 table=\"public\".\"hh\" (geom)" ) ).toString(),
             QStringLiteral( "postgres://dbname='tg' host=/tmp port=5433 table=\"public\".\"hh\" (geom)" ) );
  EXPECT_EQ( readableSource( QStringLiteral( "postgres:dbname='tg' table=\"x\"" ) ).toString(), QStringLiteral( "postgres://dbname='tg' table=\"x\"" ) );
  EXPECT_EQ( readableSource( QStringLiteral( "spatialite:dbname='a.sqlite' table=\"x\"" ) ).toString(), QStringLiteral( "spatialite://dbname='a.sqlite' table=\"x\"" ) );
  // Already readable, files, layer ids and other values pass unchanged.
  for ( const QString &unchanged : { QStringLiteral( "postgres://dbname='tg' table=\"x\"" ), QStringLiteral( "/data/households.gpkg|layername=households" ), QStringLiteral( "households_3f2a" ), QStringLiteral( "\"is_member\" = 1" ) } )
    EXPECT_EQ( readableSource( unchanged ).toString(), unchanged );
  EXPECT_EQ( readableSource( 5 ).toInt(), 5 );

  // Only inputs: a destination keeps the form QGIS writes to.
  const QgsProcessingAlgorithm *aggregate = QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "targetgroup:aggregateareas" ) );
  ASSERT_TRUE( aggregate );
  const QVariantMap readable = readableSources( *aggregate, { { QStringLiteral( "INPUT" ), QStringLiteral( "postgis:dbname='tg' table=\"hh\" (geom)" ) }, { QStringLiteral( "OUTPUT" ), QStringLiteral( "postgis:dbname='tg' table=\"wijk\" (geom)" ) } } );
  EXPECT_EQ( readable.value( QStringLiteral( "INPUT" ) ).toString(), QStringLiteral( "postgres://dbname='tg' table=\"hh\" (geom)" ) );
  EXPECT_EQ( readable.value( QStringLiteral( "OUTPUT" ) ).toString(), QStringLiteral( "postgis:dbname='tg' table=\"wijk\" (geom)" ) );
}
