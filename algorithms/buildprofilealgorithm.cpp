#include "buildprofilealgorithm.h"

#include "common/fieldvalues.h"
#include "common/householdselection.h"
#include "common/parametercheck.h"
#include "common/profilefile.h"
#include "common/profilereport.h"
#include "common/qgiscompat.h"
#include "engine/profilesummary.h"
#include "engine/pulogistic.h"

#include <qgsfeedback.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingutils.h>

#include <QFileInfo>
#include <QIcon>

#include <cmath>

namespace targetgroup
{

QString BuildProfileAlgorithm::name() const
{
  return QStringLiteral( "buildprofile" );
}

QString BuildProfileAlgorithm::displayName() const
{
  return QObject::tr( "Build target group profile" );
}

QStringList BuildProfileAlgorithm::tags() const
{
  return QObject::tr( "profile,seed,index,target group,geodemographic,literacy,library,nt1" ).split( QLatin1Char( ',' ) );
}

QString BuildProfileAlgorithm::shortDescription() const
{
  return QObject::tr( "Compares seed households with a comparison base and writes the target-group profile." );
}

QString BuildProfileAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "Builds a target-group profile: which characteristics are over-represented among the seed households "
                               "(e.g. households whose adults borrow easy-to-read books) compared with a comparison base, and how strongly.\n\n"
                               "<i>Seed households (expression)</i> (SEED): an expression that selects the seed households, e.g. \"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'.\n"
                               "<i>Comparison base (expression; empty: all households)</i> (BASE): an optional expression; by default all households of <i>Households</i> (INPUT). "
                               "Choose it with care: seed households found through the library are library members first. Compared with all households, "
                               "the profile mixes 'is a member' into 'is in the target group' (members are older, more often families, more often readers). "
                               "Compared with members only (e.g. \"is_member\" = 1), the profile shows what sets the seed apart among members, but says nothing "
                               "about households the library does not reach. Build both and compare. Every seed household must be part of the base.\n\n"
                               "<i>Profile fields (used for scoring)</i> (FIELDS) are used for scoring: text fields and integer fields with at most 12 distinct values are categories; "
                               "other number fields (and every real-valued field) are cut into quantile bins of the base, as many as <i>Quantile bins for numeric fields</i> (BINS) (the edges are kept in the profile). NULL (and empty text) is a "
                               "category of its own, \"(missing)\", never dropped. <i>Descriptive fields (reported, not scored)</i> (DESCRIPTIVE_FIELDS), "
                               "e.g. interests, media, buying behaviour, are reported but not used for scoring.\n\n"
                               "<b>Small cells</b>: with m the <i>Minimum cell size (smaller categories are merged into \"(other)\")</i> (MIN_CELL), a category with "
                               "fewer than m seed or base households is merged into \"(other)\"; while \"(other)\" has "
                               "fewer than m base households, or between 1 and m − 1 seed households, the smallest remaining category joins it. "
                               "So no count from 1 to m − 1 appears anywhere, not even by subtraction. An \"(other)\" with no seed household at all is kept: "
                               "it singles nobody out, and it tells scoring that those values are rare in the seed.\n\n"
                               "<b>Index</b> = 100 × (share of the seed in the category) / (share of the base in it); 100 means the same share as the base. "
                               "The 95% interval is that of a ratio of two proportions on the log scale (Katz): se = √(1/a − 1/A + 1/b − 1/B) for a of A seed and "
                               "b of B base households. Because the seed is part of the base, this interval is slightly conservative. <i>significant</i> = the "
                               "interval excludes 100.\n"
                               "<b>Quadrant</b> (Esri's game-plan chart): core = index ≥ 110 and seed share ≥ the average share of a category of that field "
                               "(100% / number of categories); developmental = share ≥ average, index &lt; 110; niche = index ≥ 110, share &lt; average; other = the rest.\n\n"
                               "<b>Scoring</b> uses, per category, the likelihood ratio shrunk towards 1 for small cells, (a + k) / (e + k) with e the seed count "
                               "expected from the base share and k = 10 households, and weights each field by 1 / (1 + Σr²) over its correlations r with the other "
                               "scoring fields (a field that duplicates another counts half).\n"
                               "The profile also holds a <b>PU logistic model</b> (scoring method 2): a logistic regression of seed households against "
                               "the other base households on all scoring fields' categories at once, with an L2 penalty (λ = 1: a normal prior with "
                               "standard deviation 1 on each log odds ratio), fitted by Newton-Raphson. The seed is positive-unlabelled data: the other "
                               "base households include target households that never became seed, and such a model ranks households as the chance of "
                               "being in the target group does (Elkan &amp; Noto 2008). Above 500,000 other base households it is fitted on a random sample "
                               "of that many (fixed random seed, so runs repeat), which changes only the intercept that scoring solves anyway.\n"
                               "<b>Adjusted index</b>: per category of a scoring field, the model's odds ratio against the field's average household "
                               "with its 95% interval (table fields adj_or, adj_or_low, adj_or_high): what still sets the seed apart when the other "
                               "fields are taken into account. A category whose index is high only because it goes with another field has an adjusted "
                               "odds ratio near 1.\n\n"
                               "<b>Self-assessment</b>: the seed is split at random (fixed random seed) into %1 parts; each part in turn is left out, both "
                               "methods are fitted on the rest, and the left-out seed households are ranked among the other base households. Reported per "
                               "method: the share of them in the top 10% and top 20%, and the AUC (the chance that a left-out seed household scores above "
                               "a random base household; 0.5 = guessing). PU logistic is recommended when its AUC exceeds the likelihood's by more than twice "
                               "the standard error of the difference (from the paired results of the left-out households), the profile likelihood otherwise: "
                               "the logistic model also learns the seed's own peculiarities, noise included, which flatters it here. scorehouseholds uses "
                               "the recommended method by default. These figures measure how well the seed is recognised, not the target group: seed households found through the "
                               "library resemble each other more than they resemble target households the library never reaches, so they overstate the "
                               "quality for the whole target group; they are best used to compare methods and profiles. Outputs: SEED_RECALL_TOP10 and "
                               "SEED_AUC of the recommended method, RECOMMENDED_METHOD (0 or 2).\n\n"
                               "<b>Outputs</b>: <i>Profile</i> (OUTPUT_PROFILE), a .json file in a documented format holding aggregate counts only, never household rows or "
                               "identifiers; <i>Profile table</i> (OUTPUT_TABLE), with one row per field and category; and optionally <i>Profile report</i> (OUTPUT_HTML), in HTML. A seed under 100 households gives a warning with the widest interval." )
                               .arg( kSelfAssessmentFolds ),
                           *this );
}

BuildProfileAlgorithm *BuildProfileAlgorithm::createInstance() const
{
  return new BuildProfileAlgorithm();
}

void BuildProfileAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, QObject::tr( "Households" ),
                                                         QList<int>() << static_cast<int>( compat::SourceVectorPoint ) << static_cast<int>( compat::SourceVector ) ) );
  addParameter( new QgsProcessingParameterExpression( SEED, QObject::tr( "Seed households (expression)" ), QVariant(), INPUT ) );
  addParameter( new QgsProcessingParameterExpression( BASE, QObject::tr( "Comparison base (expression; empty: all households)" ), QVariant(), INPUT, true ) );
  addParameter( new QgsProcessingParameterField( FIELDS, QObject::tr( "Profile fields (used for scoring)" ), QVariant(), INPUT, compat::FieldAny, true ) );
  addParameter( new QgsProcessingParameterField( DESCRIPTIVE_FIELDS, QObject::tr( "Descriptive fields (reported, not scored)" ), QVariant(), INPUT, compat::FieldAny, true, true ) );
  auto bins = std::make_unique<QgsProcessingParameterNumber>( BINS, QObject::tr( "Quantile bins for numeric fields" ), compat::NumberInteger, 5, false, 2, 20 );
  addParameter( bins.release() );
  auto minCell = std::make_unique<QgsProcessingParameterNumber>( MIN_CELL, QObject::tr( "Minimum cell size (smaller categories are merged into \"(other)\")" ), compat::NumberInteger, 10, false, 1, limits::kMaxMinimumCell );
  addParameter( minCell.release() );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_PROFILE, QObject::tr( "Profile" ), QObject::tr( "Profile JSON (*.json)" ) ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_TABLE, QObject::tr( "Profile table" ), compat::SourceVector ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_HTML, QObject::tr( "Profile report" ), QObject::tr( "HTML files (*.html)" ), QVariant(), true ) );
  addOutput( new QgsProcessingOutputNumber( SEED_COUNT, QObject::tr( "Seed households" ) ) );
  addOutput( new QgsProcessingOutputNumber( BASE_COUNT, QObject::tr( "Base households" ) ) );
  addOutput( new QgsProcessingOutputNumber( SEED_RECALL_TOP10, QObject::tr( "Held-out seed households in the top 10% of the base (self-assessment)" ) ) );
  addOutput( new QgsProcessingOutputNumber( SEED_AUC, QObject::tr( "Seed-vs-base AUC of held-out seed households (self-assessment)" ) ) );
  addOutput( new QgsProcessingOutputNumber( RECOMMENDED_METHOD, QObject::tr( "Recommended scoring method (0 profile likelihood, 2 PU logistic)" ) ) );
}

bool BuildProfileAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  checkParameters( *this, parameters, context );
  mSource.reset( parameterAsSource( parameters, INPUT, context ) );
  if ( !mSource )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  mSourceName = mSource->sourceName();

  // parameterAsString: parameterAsExpression() returns "" for an expression that does not parse.
  mSeedExpressionText = parameterAsString( parameters, SEED, context ).trimmed();
  mBaseExpressionText = parameterAsString( parameters, BASE, context ).trimmed();
  if ( mSeedExpressionText.isEmpty() )
    throw QgsProcessingException( QObject::tr( "No seed expression given. Set SEED to an expression that selects the seed households, e.g. \"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'." ) );

  const QStringList scoringFields = parameterAsFields( parameters, FIELDS, context );
  QStringList descriptiveFields = parameterAsFields( parameters, DESCRIPTIVE_FIELDS, context );
  if ( scoringFields.isEmpty() )
    throw QgsProcessingException( QObject::tr( "No profile fields given. Choose in FIELDS the household characteristics to profile and score on (e.g. age_class, education, income)." ) );

  const QgsFields fields = mSource->fields();
  mFieldIndexes.clear();
  mNumericFields.clear();
  mFieldSpecs.clear();
  auto addField = [&]( const QString &fieldName, bool usedForScoring )
  {
    const int index = fields.lookupField( fieldName );
    if ( index < 0 )
      throw QgsProcessingException( QObject::tr( "Field '%1' is not in layer '%2'. Choose one of its fields: %3." ).arg( fieldName, mSourceName, fields.names().join( QLatin1String( ", " ) ) ) );
    if ( mFieldIndexes.contains( index ) )
    {
      feedback->pushWarning( QObject::tr( "Field '%1' is given twice (as a profile field and as a descriptive field); it is used once, for scoring." ).arg( fieldName ) );
      return;
    }
    const bool numeric = isNumericProfileField( fields.at( index ) );
    mFieldIndexes << index;
    mNumericFields << numeric;
    mFieldSpecs.push_back( { fields.at( index ).name().toStdString(), numeric, usedForScoring, compat::isIntegerField( fields.at( index ) ) } );
  };
  for ( const QString &fieldName : scoringFields )
    addField( fieldName, true );
  for ( const QString &fieldName : descriptiveFields )
    addField( fieldName, false );

  mSettings = engine::ProfileSettings();
  mSettings.bins = parameterAsInt( parameters, BINS, context );
  mSettings.minCell = parameterAsInt( parameters, MIN_CELL, context );
  mSettings.seedExpression = mSeedExpressionText.toStdString();
  mSettings.baseExpression = mBaseExpressionText.toStdString();
  return true;
}

namespace
{

//! A figure for the table: NULL where it does not exist (NaN), never "nan".
QVariant finiteOrNull( double value )
{
  return std::isfinite( value ) ? QVariant( value ) : QVariant();
}

//! The engine's error in the user's language.
QString profileErrorMessage( const engine::ProfileError &error )
{
  const QString field = QString::fromStdString( error.fieldName() );
  switch ( error.reason() )
  {
  case engine::ProfileError::Reason::SeedBelowMinimumCell:
    return QObject::tr( "The seed has %1 households, fewer than the minimum cell size MIN_CELL = %2; a profile of so few households could single them out. Widen the seed expression or use more data." ).arg( error.count() ).arg( error.limit() );
  case engine::ProfileError::Reason::TooManyCategories:
    return QObject::tr( "Field '%1' has more than %2 distinct values; it looks like an identifier or free text, not a characteristic. Remove it from the profile fields, or recode it into fewer categories first (e.g. with the Field Calculator)." ).arg( field ).arg( error.limit() );
  case engine::ProfileError::Reason::InputChanged:
    return QObject::tr( "The second pass read %1 households, the first %2: the input layer changed while the profile was built. Run the algorithm again when the layer is not being edited." ).arg( error.count() ).arg( error.limit() );
  case engine::ProfileError::Reason::EmptySeed:
  case engine::ProfileError::Reason::InvalidSettings:
  case engine::ProfileError::Reason::Usage:
    break;
  }
  return QString::fromStdString( error.what() );
}

} // namespace

QVariantMap BuildProfileAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsExpressionContext expressionContext = createExpressionContext( parameters, context, mSource.get() );
  const QgsFields fields = mSource->fields();
  const QString layerDescription = QObject::tr( "layer '%1'" ).arg( mSourceName );
  HouseholdSelection seed( SEED, mSeedExpressionText, fields, layerDescription, expressionContext );
  HouseholdSelection base( BASE, mBaseExpressionText, fields, layerDescription, expressionContext );

  QSet<QString> profileFieldNames;
  for ( int index : std::as_const( mFieldIndexes ) )
    profileFieldNames.insert( fields.at( index ).name() );
  QgsFeatureRequest request;
  restrictRequest( request, fields, profileFieldNames, { &seed, &base }, false );

  engine::ProfileBuilder builder( mFieldSpecs, mSettings );
  const long long total = mSource->featureCount();
  const double step = total > 0 ? 30.0 / static_cast<double>( total ) : 1;

  // Pass 1: counts per category, distinct numbers for the quantile edges.
  std::vector<long long> nonFiniteCounts( static_cast<std::size_t>( mFieldIndexes.size() ), 0 );
  long long householdsRead = 0;
  long long outsideBase = 0;
  long long seedOutsideBase = 0;
  QgsFeature feature;
  QgsFeatureIterator iterator = mSource->getFeatures( request );
  while ( iterator.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    expressionContext.setFeature( feature );
    const bool isSeed = seed.selects( expressionContext, feature );
    const bool inBase = base.selects( expressionContext, feature );
    ++householdsRead;
    if ( !inBase )
    {
      ++outsideBase;
      if ( isSeed )
        ++seedOutsideBase;
      continue;
    }
    builder.countFirstPass( toFieldValues( feature.attributes(), mFieldIndexes, mNumericFields, &nonFiniteCounts ), isSeed );
    feedback->setProgress( static_cast<double>( householdsRead ) * step );
  }

  if ( seedOutsideBase > 0 )
    throw QgsProcessingException( QObject::tr( "%1 seed households (SEED %2) are outside the comparison base (BASE %3). The seed must be part of the base: widen the BASE expression (or leave it empty for all households), or narrow SEED." ).arg( seedOutsideBase ).arg( mSeedExpressionText, mBaseExpressionText ) );
  if ( builder.seedCount() == 0 )
    throw QgsProcessingException( QObject::tr( "No seed households: none of the %1 households of layer '%2' in the base matches SEED %3. Check the expression and the field values (text values are case-sensitive)." ).arg( builder.baseCount() ).arg( mSourceName, mSeedExpressionText ) );
  if ( builder.seedCount() == builder.baseCount() )
    throw QgsProcessingException( QObject::tr( "SEED %1 selects all %2 households of the comparison base, so the profile cannot tell the seed apart from anyone: every index would be 100 and every household would score the same. Narrow SEED to the households of the target group (e.g. \"easy_read_loans\" > 0), or widen BASE." )
                                      .arg( mSeedExpressionText )
                                      .arg( builder.baseCount() ) );
  QStringList fieldNames;
  for ( int index : std::as_const( mFieldIndexes ) )
    fieldNames << mSource->fields().at( index ).name();
  warnAboutNonFiniteValues( feedback, fieldNames, nonFiniteCounts, QObject::tr( "layer '%1'" ).arg( mSourceName ) );

  try
  {
    builder.finishFirstPass();
  }
  catch ( const engine::ProfileError &error )
  {
    throw QgsProcessingException( profileErrorMessage( error ) );
  }

  // Pass 2: bin counts of numeric fields and joint counts for the weights.
  long long secondPassRead = 0;
  iterator = mSource->getFeatures( request );
  while ( iterator.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    expressionContext.setFeature( feature );
    ++secondPassRead;
    if ( !base.selects( expressionContext, feature ) )
      continue;
    builder.countSecondPass( toFieldValues( feature.attributes(), mFieldIndexes, mNumericFields ), seed.selects( expressionContext, feature ) );
    feedback->setProgress( 30.0 + static_cast<double>( secondPassRead ) * step );
  }

  engine::Profile profile;
  try
  {
    profile = builder.finish();
  }
  catch ( const engine::ProfileError &error )
  {
    throw QgsProcessingException( profileErrorMessage( error ) );
  }

  // Pass 3: the base as category codes (a byte per scoring field, the
  // unlabelled households sampled), then the PU logistic model and the
  // k-fold self-assessment of both methods.
  try
  {
    engine::CodedHouseholds coded( profile );
    long long thirdPassRead = 0;
    iterator = mSource->getFeatures( request );
    while ( iterator.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      expressionContext.setFeature( feature );
      ++thirdPassRead;
      if ( !base.selects( expressionContext, feature ) )
        continue;
      coded.add( toFieldValues( feature.attributes(), mFieldIndexes, mNumericFields ), seed.selects( expressionContext, feature ) );
      feedback->setProgress( 60.0 + static_cast<double>( thirdPassRead ) * step / 2 );
    }
    if ( coded.seedRows() != profile.seedCount || coded.unlabelledSeen() != profile.baseCount - profile.seedCount )
      throw QgsProcessingException( QObject::tr( "The third pass read %1 base households, the first %2: the input layer changed while the profile was built. Run the algorithm again when the layer is not being edited." )
                                        .arg( coded.seedRows() + coded.unlabelledSeen() )
                                        .arg( profile.baseCount ) );
    const engine::PuLogisticOptions options;
    const engine::PuLogisticFit fit = engine::fitPuLogistic( coded, engine::scoringBaseShares( profile ), options );
    engine::storeLogisticModel( profile, fit, options, coded );
    feedback->setProgress( 80.0 );
    if ( coded.unlabelledKept() < coded.unlabelledSeen() )
      feedback->pushInfo( QObject::tr( "PU logistic model: fitted on all %1 seed households and a random sample of %2 of the %3 other base households (fixed random seed, so runs repeat)." )
                              .arg( coded.seedRows() )
                              .arg( coded.unlabelledKept() )
                              .arg( coded.unlabelledSeen() ) );
    if ( !fit.converged )
      feedback->pushWarning( QObject::tr( "PU logistic model: not converged after %1 iterations; its coefficients are approximate." ).arg( fit.iterations ) );
    if ( feedback->isCanceled() )
      return QVariantMap();
    profile.selfAssessment = engine::assessBySeedFolds( profile, coded, kSelfAssessmentFolds, options, &fit );
  }
  catch ( const engine::PuLogisticError &error )
  {
    profile.logisticModel = engine::ProfileLogisticModel();
    profile.selfAssessment = engine::ProfileSelfAssessment();
    feedback->pushWarning( QObject::tr( "The PU logistic model could not be fitted (%1); the profile holds the likelihood method only." ).arg( QString::fromStdString( error.what() ) ) );
  }
  feedback->setProgress( 100.0 );

  feedback->pushInfo( QObject::tr( "Households read: %1; in the comparison base: %2; outside it: %3; seed: %4." ).arg( householdsRead ).arg( profile.baseCount ).arg( outsideBase ).arg( profile.seedCount ) );
  const std::vector<engine::CategorySummary> summaries = engine::summarizeProfile( profile );
  if ( profile.seedCount < kSmallSeedWarning )
  {
    QString widestText;
    if ( const engine::CategorySummary *widest = engine::widestInterval( summaries ) )
      widestText = QObject::tr( " The widest interval is %1 = %2: index %3, 95% interval %4 to %5." )
                       .arg( QString::fromStdString( widest->fieldName ), QString::fromStdString( widest->label ), QString::number( widest->index.index, 'f', 0 ),
                             QString::number( widest->index.low, 'f', 0 ), QString::number( widest->index.high, 'f', 0 ) );
    feedback->pushWarning( QObject::tr( "The seed has only %1 households (fewer than %2): indices are uncertain.%3" ).arg( QString::number( profile.seedCount ), QString::number( kSmallSeedWarning ), widestText ) );
  }
  for ( const engine::ProfileField &field : profile.fields )
  {
    if ( !field.mergedIntoOther.empty() )
    {
      QStringList merged;
      for ( const std::string &label : field.mergedIntoOther )
        merged << QStringLiteral( "\"%1\"" ).arg( QString::fromStdString( label ) );
      feedback->pushInfo( QObject::tr( "Field '%1': %2 merged into \"(other)\". A category is merged when it has fewer than MIN_CELL = %3 seed households "
                                       "(however many base households it has) or fewer than %3 base households, so that no small count can single households out; "
                                       "while \"(other)\" itself is small, the smallest remaining category joins it. Lower MIN_CELL or widen the seed to keep them apart." )
                              .arg( QString::fromStdString( field.name ), merged.join( QLatin1String( ", " ) ) )
                              .arg( mSettings.minCell ) );
    }
  }

  const engine::ProfileSelfAssessment &assessment = profile.selfAssessment;
  if ( assessment.folds > 0 )
  {
    auto line = []( const QString &method, const engine::RankingQuality &quality )
    {
      return QObject::tr( "%1: %2% of held-out seed households in the top 10% of the base, %3% in the top 20%, AUC %4." )
          .arg( method, QString::number( 100 * quality.recallTop10, 'f', 1 ), QString::number( 100 * quality.recallTop20, 'f', 1 ), QString::number( quality.auc, 'f', 3 ) );
    };
    feedback->pushInfo( QObject::tr( "Self-assessment (%1-fold over the seed: fitted without a fifth of the seed, then that fifth ranked among the other base households):" ).arg( assessment.folds ) );
    feedback->pushInfo( line( QObject::tr( "Profile likelihood (METHOD 0)" ), assessment.likelihood ) );
    feedback->pushInfo( line( QObject::tr( "PU logistic (METHOD 2)" ), assessment.puLogistic ) );
    feedback->pushInfo( assessment.recommended == engine::ScoringMethod::PuLogistic
                            ? QObject::tr( "Recommended: PU logistic, which ranked the held-out seed households clearly higher: AUC %1 against %2, a gain of more than twice its standard error %3." )
                                  .arg( QString::number( assessment.puLogistic.auc, 'f', 3 ), QString::number( assessment.likelihood.auc, 'f', 3 ), QString::number( assessment.aucDifferenceError, 'f', 3 ) )
                            : QObject::tr( "Recommended: profile likelihood. PU logistic did not rank the held-out seed households clearly higher: AUC %1 against %2, where a gain of more than twice the standard error %3 is needed." )
                                  .arg( QString::number( assessment.puLogistic.auc, 'f', 3 ), QString::number( assessment.likelihood.auc, 'f', 3 ), QString::number( assessment.aucDifferenceError, 'f', 3 ) ) );
  }

  const QString profilePath = parameterAsFileOutput( parameters, OUTPUT_PROFILE, context );
  writeProfileFile( profile, profilePath );

  // The table: one row per field and category.
  QgsFields tableFields;
  tableFields.append( compat::makeField( QStringLiteral( "field" ), compat::FieldKind::String ) );
  tableFields.append( compat::makeField( QStringLiteral( "category" ), compat::FieldKind::String ) );
  tableFields.append( compat::makeField( QStringLiteral( "seed_n" ), compat::FieldKind::Integer64 ) );
  tableFields.append( compat::makeField( QStringLiteral( "seed_pct" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "base_n" ), compat::FieldKind::Integer64 ) );
  tableFields.append( compat::makeField( QStringLiteral( "base_pct" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "index" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "index_low" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "index_high" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "significant" ), compat::FieldKind::Integer ) );
  tableFields.append( compat::makeField( QStringLiteral( "used_for_scoring" ), compat::FieldKind::Integer ) );
  tableFields.append( compat::makeField( QStringLiteral( "quadrant" ), compat::FieldKind::String ) );
  tableFields.append( compat::makeField( QStringLiteral( "likelihood_ratio" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "adj_or" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "adj_or_low" ), compat::FieldKind::Double ) );
  tableFields.append( compat::makeField( QStringLiteral( "adj_or_high" ), compat::FieldKind::Double ) );
  QString tableId;
  std::unique_ptr<QgsFeatureSink> table( parameterAsSink( parameters, OUTPUT_TABLE, context, tableId, tableFields, compat::WkbNoGeometry, QgsCoordinateReferenceSystem() ) );
  if ( !table )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT_TABLE ) );
  for ( const engine::CategorySummary &summary : summaries )
  {
    QgsFeature row( tableFields );
    row.setAttributes( QgsAttributes()
                       << QString::fromStdString( summary.fieldName ) << QString::fromStdString( summary.label )
                       << summary.seedCount << summary.seedPercent << summary.baseCount << summary.basePercent
                       << finiteOrNull( summary.index.index ) << finiteOrNull( summary.index.low ) << finiteOrNull( summary.index.high )
                       << ( summary.index.significant ? 1 : 0 ) << ( summary.usedForScoring ? 1 : 0 )
                       << QString::fromLatin1( engine::quadrantName( summary.quadrant ) ) << summary.likelihoodRatio
                       << finiteOrNull( summary.adjustedOddsRatio ) << finiteOrNull( summary.adjustedLow ) << finiteOrNull( summary.adjustedHigh ) );
    if ( !table->addFeature( row, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( table.get(), parameters, OUTPUT_TABLE ) );
  }

  QVariantMap outputs;
  const QString htmlPath = parameterAsFileOutput( parameters, OUTPUT_HTML, context );
  if ( !htmlPath.isEmpty() )
  {
    writeProfileReport( profile, summaries, mSourceName, htmlPath );
    outputs.insert( OUTPUT_HTML, htmlPath );
  }
  outputs.insert( OUTPUT_PROFILE, profilePath );
  outputs.insert( OUTPUT_TABLE, tableId );
  outputs.insert( SEED_COUNT, profile.seedCount );
  outputs.insert( BASE_COUNT, profile.baseCount );
  if ( assessment.folds > 0 )
  {
    const engine::RankingQuality &chosen = assessment.recommended == engine::ScoringMethod::PuLogistic ? assessment.puLogistic : assessment.likelihood;
    outputs.insert( SEED_RECALL_TOP10, chosen.recallTop10 );
    outputs.insert( SEED_AUC, chosen.auc );
    outputs.insert( RECOMMENDED_METHOD, static_cast<int>( assessment.recommended ) );
  }
  else
  {
    outputs.insert( SEED_RECALL_TOP10, QVariant() );
    outputs.insert( SEED_AUC, QVariant() );
    outputs.insert( RECOMMENDED_METHOD, static_cast<int>( engine::ScoringMethod::ProfileLikelihood ) );
  }
  return outputs;
}

} // namespace targetgroup
