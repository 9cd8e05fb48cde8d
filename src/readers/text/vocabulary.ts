/**
 * The words the text checks read, per language. English, German, French, Spanish, Portuguese and
 * Japanese are built in; `synonyms` in the configuration adds any other wording (see
 * `mergeVocabulary`). Entries are compared case-insensitively: Latin-script entries as whole words,
 * entries in a script without spaces (Japanese, Chinese, Korean) as substrings.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja'] as const
export type Language = (typeof LANGUAGES)[number]

/** Labels and headings of a feature-flag plan. */
export interface FlagVocabulary {
  /** Section headings that hold a flag plan (English ones are the check's `headings` option). */
  headings: string[]
  key: string[]
  default: string[]
  rollout: string[]
  killSwitch: string[]
  owner: string[]
  /** Phrases that open an opt-out ("Not needed", "Kein Flag nötig"). */
  optOut: string[]
  /** Words for the "off" state (a default value or what a kill switch does). */
  off: string[]
  /** Words for the "on" state. */
  on: string[]
  /** Audiences that name a rollout stage ("internal", "employees"). */
  stages: string[]
}

/** Labels and words of a rollback plan. */
export interface RollbackVocabulary {
  headings: string[]
  /** Labels of the criteria line ("Criteria", "Kriterien"). */
  criteria: string[]
  /** Labels of the steps line ("Steps", "Schritte"). */
  steps: string[]
  /** Words that say "roll back" ("revert", "zurückrollen", "切り戻"). */
  rollBack: string[]
  /** Verbs and phrases of a rollback step ("redeploy", "turn … off"). */
  actions: string[]
  /** Metric words ("error rate", "Latenz", "エラー率"). */
  metrics: string[]
}

const FLAG: Record<Language, FlagVocabulary> = {
  en: {
    headings: [],
    key: ['flag', 'flag key', 'flag name', 'feature flag', 'toggle', 'feature toggle', 'key', 'name'],
    default: [
      'default',
      'default state',
      'default value',
      'initial state',
      'initial value',
      'starting state'
    ],
    rollout: [
      'rollout',
      'roll-out',
      'rollout stages',
      'stages',
      'stage',
      'ramp',
      'phases',
      'exposure',
      'cohorts',
      'schedule',
      'progression',
      'release steps',
      'gradual rollout'
    ],
    killSwitch: [
      'kill switch',
      'kill-switch',
      'killswitch',
      'kill',
      'off switch',
      'emergency off',
      'how to turn off',
      'disable',
      'circuit breaker'
    ],
    owner: [
      'owner',
      'owners',
      'owned by',
      'dri',
      'responsible',
      'contact',
      'on-call',
      'oncall',
      'team',
      'maintainer'
    ],
    optOut: [
      'not needed',
      'not required',
      'not applicable',
      'no flag',
      'no flags',
      'no new flag',
      'no feature flag',
      'no toggle',
      'none needed',
      'nothing to flag',
      'n/a',
      'without a flag',
      'without a feature flag',
      'does not need a flag',
      "doesn't need a flag",
      "don't need a flag",
      'do not need a flag',
      'no need for a flag',
      'none'
    ],
    off: ['off', 'false', 'disabled', 'dark', 'control', '0%'],
    on: ['on', 'true', 'enabled', 'treatment', '100%'],
    stages: [
      'internal',
      'internally',
      'staff',
      'employees',
      'dogfood',
      'dogfooding',
      'beta',
      'alpha',
      'canary',
      'pilot',
      'shadow',
      'ga',
      'general availability',
      'everyone',
      'everybody',
      'all users',
      'all customers',
      'all tenants',
      'all regions',
      'all',
      'cohort',
      'region',
      'early access',
      'preview',
      'qa',
      'staging',
      'sandbox'
    ]
  },
  de: {
    headings: [
      'Feature-Flag-Plan',
      'Feature-Flags',
      'Feature-Flag',
      'Flag-Plan',
      'Feature-Toggles',
      'Feature-Toggle'
    ],
    key: ['schlüssel', 'flag-name', 'name des flags'],
    default: ['standard', 'standardwert', 'voreinstellung', 'standardzustand', 'ausgangszustand'],
    rollout: ['stufen', 'ausrollen', 'ausrollplan', 'einführung', 'phasen'],
    killSwitch: ['notausschalter', 'not-aus', 'notaus', 'notschalter', 'abschalten', 'ausschalter'],
    owner: ['verantwortlich', 'verantwortlicher', 'verantwortliche', 'zuständig', 'eigentümer', 'besitzer'],
    optOut: [
      'kein flag nötig',
      'kein flag notwendig',
      'kein flag erforderlich',
      'kein feature-flag',
      'kein flag',
      'nicht nötig',
      'nicht notwendig',
      'nicht erforderlich',
      'entfällt'
    ],
    off: ['aus', 'deaktiviert', 'ausgeschaltet'],
    on: ['an', 'ein', 'aktiviert', 'eingeschaltet'],
    stages: ['intern', 'mitarbeitende', 'mitarbeiter', 'alle']
  },
  fr: {
    headings: [
      'Plan de feature flag',
      'Plan de drapeau',
      'Drapeau de fonctionnalité',
      'Drapeaux de fonctionnalité',
      'Drapeau',
      'Drapeaux',
      'Bascule de fonctionnalité'
    ],
    key: ['drapeau', 'clé', 'nom du flag', 'nom du drapeau'],
    default: ['par défaut', 'valeur par défaut', 'état par défaut', 'état initial'],
    rollout: ['déploiement', 'déploiement progressif', 'étapes', 'paliers', 'phases'],
    killSwitch: ['coupe-circuit', "interrupteur d'urgence", "arrêt d'urgence", 'désactivation'],
    owner: ['responsable', 'propriétaire', 'équipe', 'porteur'],
    optOut: [
      'pas de flag',
      'pas de drapeau',
      'aucun flag',
      'aucun drapeau',
      'pas nécessaire',
      'non nécessaire',
      'inutile',
      'sans objet',
      'non applicable'
    ],
    off: ['désactivé', 'désactivée', 'éteint'],
    on: ['activé', 'activée', 'allumé'],
    stages: ['interne', 'employés', 'salariés', 'tout le monde', 'tous']
  },
  es: {
    headings: ['Plan de feature flags', 'Plan de feature flag', 'Plan de flags', 'Banderas', 'Bandera'],
    key: ['clave', 'bandera', 'nombre del flag'],
    default: ['por defecto', 'valor por defecto', 'predeterminado', 'valor predeterminado', 'estado inicial'],
    rollout: ['despliegue', 'despliegue gradual', 'etapas', 'fases', 'lanzamiento'],
    killSwitch: [
      'interruptor de emergencia',
      'interruptor de apagado',
      'apagado de emergencia',
      'interruptor'
    ],
    owner: ['responsable', 'dueño', 'propietario', 'equipo'],
    optOut: [
      'no se necesita',
      'no es necesario',
      'no hace falta',
      'sin flag',
      'no aplica',
      'no requiere flag'
    ],
    off: ['desactivado', 'desactivada', 'apagado', 'apagada'],
    on: ['activado', 'activada', 'encendido', 'encendida'],
    stages: ['interno', 'empleados', 'todos']
  },
  pt: {
    headings: ['Plano de feature flag', 'Plano de feature flags', 'Plano de flags'],
    key: ['chave', 'nome da flag'],
    default: ['padrão', 'valor padrão', 'estado inicial'],
    rollout: ['etapas', 'implantação', 'lançamento', 'fases'],
    killSwitch: ['interruptor', 'desligamento de emergência', 'chave de emergência'],
    owner: ['responsável', 'dono', 'proprietário', 'time', 'equipe'],
    optOut: [
      'não é necessária',
      'não é necessário',
      'não necessária',
      'não precisa',
      'sem flag',
      'não se aplica',
      'dispensável'
    ],
    off: ['desligado', 'desligada', 'desativado', 'desativada'],
    on: ['ligado', 'ligada', 'ativado', 'ativada'],
    stages: ['interno', 'funcionários', 'todos']
  },
  ja: {
    headings: ['フィーチャーフラグ', 'フラグ計画', '機能フラグ'],
    key: ['フラグ', 'キー', 'フラグ名'],
    default: ['デフォルト', '初期値', '既定値', '既定'],
    rollout: ['ロールアウト', '段階', '展開', '公開範囲'],
    killSwitch: ['キルスイッチ', '緊急停止', '停止方法'],
    owner: ['オーナー', '担当', '責任者', '担当チーム'],
    optOut: ['不要', 'フラグなし', '必要ありません', '該当なし'],
    off: ['オフ', '無効'],
    on: ['オン', '有効'],
    stages: ['社内', '社員', '全員', '全ユーザー']
  }
}

const ROLLBACK: Record<Language, RollbackVocabulary> = {
  en: {
    headings: [],
    criteria: [
      'criteria',
      'criterion',
      'triggers',
      'trigger',
      'when to roll back',
      'roll back if',
      'roll back when',
      'rollback if',
      'rollback when',
      'revert if',
      'thresholds',
      'threshold',
      'conditions',
      'condition',
      'abort if',
      'abort when',
      'undo if'
    ],
    steps: [
      'steps',
      'step',
      'how',
      'how to',
      'how to roll back',
      'procedure',
      'process',
      'actions',
      'runbook',
      'playbook',
      'mechanism',
      'method',
      'backout steps',
      'rollback steps'
    ],
    rollBack: [
      'roll back',
      'rollback',
      'rolling back',
      'roll-back',
      'revert',
      'back out',
      'backout',
      'abort',
      'undo'
    ],
    actions: [
      'revert',
      'redeploy',
      're-deploy',
      'roll back to',
      'deploy the previous',
      'previous release',
      'previous version',
      'previous image',
      'previous tag',
      'previous build',
      'previous revision',
      'last known good',
      'rollout undo',
      'helm rollback',
      'abort the rollout',
      'turn off',
      'switch off',
      'flip off',
      'disable',
      'kill the flag',
      'restore',
      'down migration',
      'migrate down',
      'scale down',
      'shift traffic',
      'route traffic',
      'drain',
      'fail over',
      'failover',
      'pin the version',
      'undo',
      'git revert',
      'reverse the migration',
      'redrive',
      'replay'
    ],
    metrics: [
      'error',
      'errors',
      'error rate',
      '5xx',
      '4xx',
      'latency',
      'latencies',
      'percentile',
      'availability',
      'success rate',
      'failure rate',
      'crash',
      'crashes',
      'cpu',
      'memory',
      'heap',
      'saturation',
      'throughput',
      'rps',
      'qps',
      'requests',
      'timeouts',
      'timeout',
      'apdex',
      'conversion',
      'queue',
      'lag',
      'dropped',
      'burn rate',
      'error budget',
      'exceptions',
      'response time',
      'duration',
      'utilization',
      'utilisation',
      'restarts',
      'oom',
      'rate',
      'ratio',
      'count',
      'slo',
      'sli',
      'health check',
      'failures',
      'failure',
      'fails',
      'failed',
      'declines',
      'orders',
      'signups',
      'logins',
      'payments',
      'mismatches',
      'responses',
      'status codes',
      'render time',
      'lcp',
      'ttfb',
      'pause',
      'depth',
      'backlog',
      'bounce'
    ]
  },
  de: {
    headings: [
      'Rollback-Plan',
      'Rückfallplan',
      'Rückrollplan',
      'Zurückrollen',
      'Rücknahme',
      'Rollback-Kriterien'
    ],
    criteria: ['kriterien', 'kriterium', 'auslöser', 'schwellwerte', 'bedingungen'],
    steps: ['schritte', 'vorgehen', 'ablauf', 'maßnahmen'],
    rollBack: ['zurückrollen', 'zurückgerollt', 'rollen zurück', 'rollback', 'zurücksetzen', 'zurücknehmen'],
    actions: [
      'ausschalten',
      'abschalten',
      'deaktivieren',
      'deployen',
      'neu deployen',
      'erneut ausrollen',
      'reverten',
      'zurücksetzen',
      'vorherige release',
      'vorherigen stand',
      'vorherige version'
    ],
    metrics: [
      'rate',
      'fehler',
      'fehlerrate',
      'fehlerquote',
      'latenz',
      'last',
      'auslastung',
      'antwortzeit',
      'fehlgeschlagene',
      'abbrüche'
    ]
  },
  fr: {
    headings: [
      'Plan de retour arrière',
      'Retour arrière',
      'Retour en arrière',
      'Plan de rollback',
      'Plan de repli',
      'Annulation'
    ],
    criteria: ['critères', 'critère', 'déclencheurs', 'seuils', 'conditions'],
    steps: ['étapes', 'procédure', 'marche à suivre', 'actions'],
    rollBack: [
      'retour arrière',
      'revenir en arrière',
      'revient en arrière',
      'revenons en arrière',
      'rollback',
      'annuler',
      'revert'
    ],
    actions: [
      'désactiver',
      'désactive',
      'couper',
      'redéployer',
      'redéploie',
      'redéploiement',
      'revert',
      'version précédente',
      'passer le flag à off',
      'à off'
    ],
    metrics: ['taux', 'erreurs', 'erreur', 'latence', 'échecs', 'échec', 'temps de réponse', 'disponibilité']
  },
  es: {
    headings: ['Plan de reversión', 'Reversión', 'Plan de rollback', 'Plan de vuelta atrás', 'Marcha atrás'],
    criteria: ['criterios', 'criterio', 'disparadores', 'umbrales', 'condiciones', 'criterios de rollback'],
    steps: ['pasos', 'procedimiento', 'acciones', 'pasos de rollback'],
    rollBack: ['revertir', 'rollback', 'volver atrás', 'vuelta atrás', 'marcha atrás', 'reversión'],
    actions: [
      'desactivar',
      'apagar',
      'desplegar',
      'volver a desplegar',
      'revertir',
      'versión anterior',
      'redesplegar'
    ],
    metrics: [
      'tasa',
      'errores',
      'error',
      'latencia',
      'fallos',
      'entrega',
      'tiempo de respuesta',
      'disponibilidad'
    ]
  },
  pt: {
    headings: ['Plano de rollback', 'Plano de reversão', 'Reversão', 'Plano de retorno'],
    criteria: ['critérios', 'critério', 'gatilhos', 'limites', 'condições'],
    steps: ['passos', 'procedimento', 'ações', 'etapas'],
    rollBack: ['rollback', 'reverter', 'reversão', 'voltar atrás'],
    actions: [
      'desligar',
      'desativar',
      'reimplantar',
      'reverter',
      'versão anterior',
      'reimplementar',
      'fazer deploy'
    ],
    metrics: ['taxa', 'erros', 'erro', 'latência', 'falhas', 'falha', 'tempo de resposta', 'disponibilidade']
  },
  ja: {
    headings: ['ロールバック', '切り戻し', '切り戻し計画', 'ロールバック計画', '復旧手順'],
    criteria: ['基準', '条件', '判断基準', 'トリガー'],
    steps: ['手順', '方法', '対応'],
    rollBack: ['ロールバック', '切り戻', '巻き戻'],
    actions: ['オフ', '再デプロイ', 'revert', '戻す', '無効化'],
    metrics: ['エラー率', '失敗率', 'エラー', '失敗', 'レイテンシ', '遅延', '応答時間', '率', '件数']
  }
}

/** Extra words from the configuration, any of the keys of the vocabulary. */
export type Synonyms<V> = Partial<Record<keyof V, string[]>>

function merge<V extends object>(
  table: Record<Language, V>,
  languages: readonly Language[],
  synonyms: Synonyms<V> | undefined
): V {
  const out: Record<string, string[]> = {}
  for (const language of languages)
    for (const [k, words] of Object.entries(table[language]) as Array<[string, string[]]>)
      out[k] = [...(out[k] ?? []), ...words]
  for (const [k, words] of Object.entries(synonyms ?? {}) as Array<[string, string[] | undefined]>)
    out[k] = [...(out[k] ?? []), ...(words ?? [])]
  return out as V
}

const merged = new Map<string, object>()

/** The same vocabulary object for the same inputs, so regular expressions built from it are reused. */
function memo<V extends object>(
  kind: string,
  table: Record<Language, V>,
  languages: readonly Language[],
  synonyms: Synonyms<V> | undefined
): V {
  const id = JSON.stringify([kind, languages, synonyms ?? null])
  let v = merged.get(id) as V | undefined
  if (!v) {
    if (merged.size > 64) merged.clear()
    v = merge(table, languages, synonyms)
    merged.set(id, v)
  }
  return v
}

/** The flag-plan vocabulary of `languages` with the configured `synonyms` added. */
export function flagVocabulary(
  languages: readonly Language[] = LANGUAGES,
  synonyms?: Synonyms<FlagVocabulary>
): FlagVocabulary {
  return memo('flag', FLAG, languages, synonyms)
}

/** The rollback vocabulary of `languages` with the configured `synonyms` added. */
export function rollbackVocabulary(
  languages: readonly Language[] = LANGUAGES,
  synonyms?: Synonyms<RollbackVocabulary>
): RollbackVocabulary {
  return memo('rollback', ROLLBACK, languages, synonyms)
}

/** The default `headings` of `feature-flag-plan` (English; other languages come with `languages`). */
export const FLAG_HEADINGS: readonly string[] = [
  'Feature flag plan',
  'Feature flags',
  'Feature flag',
  'Flag plan',
  'Flags',
  'Flag',
  'Feature toggles',
  'Feature toggle',
  'Toggle plan',
  'Toggles',
  'Flag rollout'
]

/** The default `headings` of `rollback-criteria`. */
export const ROLLBACK_HEADINGS: readonly string[] = [
  'Rollback plan',
  'Rollback criteria',
  'Rollback',
  'Roll back',
  'Rollback strategy',
  'Rollback procedure',
  'Rollback steps',
  'Revert plan',
  'Backout plan',
  'Back out plan',
  'Backout',
  'Abort criteria',
  'Abort conditions',
  'Rollback triggers',
  'Rollback conditions',
  'How to undo',
  'Undo plan',
  'How to roll back'
]
