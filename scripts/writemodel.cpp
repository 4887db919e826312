// Writes metadata/targetgroup_full_analysis.model3, the "Target group: full
// analysis" model for Model Designer, from the chain table
// (algorithms/analysischain.h) through QGIS's own model API, so the file is
// exactly what Model Designer itself would save. A test regenerates it and
// fails when the shipped file differs. With a translation file it writes the
// model in that language (step names, labels, help): the Dutch copy
// metadata/targetgroup_full_analysis_nl.model3, since a model file holds one
// language and Model Designer shows it as written.
// Usage: write_model OUTPUT.model3 [TRANSLATIONS.qm]

#include "analysischain.h"
#include "targetgroupprovider.h"

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>

#include <QHash>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdio>

int main( int argc, char **argv )
{
  if ( argc != 2 && argc != 3 )
  {
    std::fprintf( stderr, "usage: write_model OUTPUT.model3 [TRANSLATIONS.qm]\n" );
    return 2;
  }
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Qt keeps XML attributes in a hash seeded at random per process: a fixed
  // seed writes them in the same order every time, so regenerating the file
  // changes it only where the model changed. (The test compares the content,
  // which does not depend on the order.) A Qt-version shim outside
  // common/qgiscompat.h because only this tool needs it.
#if QT_VERSION >= QT_VERSION_CHECK( 6, 2, 0 )
  QHashSeed::setDeterministicGlobalSeed();
#else
  qSetGlobalQHashSeed( 0 );
#endif
  QTemporaryDir profile;
  QgsApplication app( argc, argv, false, profile.path() );
  QgsApplication::init( profile.path() );
  QgsApplication::initQgis();
  // native: for the Conditional branch in front of the optional levels.
  QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  QgsApplication::processingRegistry()->addProvider( new targetgroup::TargetGroupProvider() );

  QTranslator translator;
  if ( argc == 3 )
  {
    if ( !translator.load( QString::fromLocal8Bit( argv[2] ) ) )
    {
      std::fprintf( stderr, "could not load the translations %s\n", argv[2] );
      return 1;
    }
    QCoreApplication::installTranslator( &translator );
  }

  int result = 0;
  QStringList problems;
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = targetgroup::chain::model( problems );
  if ( !model )
  {
    std::fprintf( stderr, "the chain table is incomplete:\n%s\n", problems.join( QLatin1Char( '\n' ) ).toLocal8Bit().constData() );
    result = 1;
  }
  else if ( !model->toFile( QString::fromLocal8Bit( argv[1] ) ) )
  {
    std::fprintf( stderr, "could not write %s\n", argv[1] );
    result = 1;
  }
  QgsApplication::exitQgis();
  return result;
}
