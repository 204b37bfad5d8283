// Generated from specs/wdk/alibaba.wdk.marketing.open.darunfa.activity.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.open.darunfa.activity.sync` (活动数据同步). */
export interface AlibabaWdkMarketingOpenDarunfaActivitySyncRequest {
  /**
   * 大润发活动数据
   *
   * Max list size: 200
   */
  activity_list: AlibabaWdkMarketingOpenDarunfaActivitySyncDrfTxdActivityBoInput[];
  /** 门店Id */
  shop_id: string;
  /** 版本ID */
  version_id: Int64Input;
}

/** Response of `alibaba.wdk.marketing.open.darunfa.activity.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingOpenDarunfaActivitySyncResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingOpenDarunfaActivitySyncWdkMarketOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrfTxdActivityBo` of `alibaba.wdk.marketing.open.darunfa.activity.sync`. */
export interface AlibabaWdkMarketingOpenDarunfaActivitySyncDrfTxdActivityBoInput {
  /** 换购机台 */
  activity_channel?: string;
  /** 封顶金额，单位：分 */
  celling_amount?: Int64Input;
  /** 是否多阶梯可叠加，0--否，1--是 */
  is_multi_mix?: Int64Input;
  /** 是否单商品累计，0--否，1--是 */
  item_overlay?: Int64Input;
  /** 是否可贬值；0--否，1--是 */
  discount_fee_model?: Int64Input;
  /** 是否上不封顶；0--否，1--是 */
  enable_multiple?: Int64Input;
  /** 商品池规则 */
  pool_rules?: string;
  /** 商品池数量 */
  pool_num?: Int64Input;
  /** 商家人群编码 */
  merchant_crowd_code?: string;
  /** 活动每日限购 */
  total_day_limit?: Int64Input;
  /** 用户每日限购 */
  user_day_limit?: Int64Input;
  /** 活动总限购 */
  total_limit?: Int64Input;
  /** 用户数量总限购 */
  user_limit?: Int64Input;
  /** 一口价【分】 */
  fix_price?: Int64Input;
  /** 第N件活动规则 */
  count_at?: Int64Input;
  /** 单品特价类型；1-一口价；2-打折；3-减钱 */
  discount_type?: Int64Input;
  /** ?营销中台活动类型 */
  activity_type?: Int64Input;
  /** 1--pos,2--App;1,2--pos&App */
  terminals?: string;
  /** 门店Id */
  store_ids?: string;
  /** 活动描述 */
  activity_content?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 中台活动Id（全局唯一） */
  promotion_id?: string;
  /** 限购权重，实际限购=限购值/限购权重 */
  limit_weight?: Int64Input;
  /** 更新时间 */
  update_time?: Int64Input;
  /** 插入时间 */
  insert_time?: Int64Input;
  /** 0--不可用；1--可用 */
  status?: Int64Input;
  /** 活动结束时间 */
  end_date?: Int64Input;
  /** 活动开始时间 */
  start_date?: Int64Input;
  /** 商品池阶梯规则 */
  stair_rules?: string;
  /** 是否叠加逻辑分组与阶梯条件；0-否，1-是 */
  is_check_all_cond?: Int64Input;
  /** 淘鲜达活动Id */
  txd_activity_id?: Int64Input;
  /** 周期生效配置，weekdays：星期几搞活动 [1:Mon;2:Tues;3:Wed;4:Thur;5:Fri;6:Sat;7:Sun]；every_day_periods：每天的什么时间阶段搞活动,精确到秒单位,最多支持5段 例如:03:00:00_05:00:00，示例：{"weekdays":[1,2,3,4,5,6,7],"every_day_periods":["03:00:00_05:00:00","18:00:00_21:00:00"]} */
  period_config?: string;
  /** 是否针对单个商品使用优惠 */
  is_alone?: Int64Input;
}

/** `WdkMarketOpenResult` of `alibaba.wdk.marketing.open.darunfa.activity.sync`. */
export interface AlibabaWdkMarketingOpenDarunfaActivitySyncWdkMarketOpenResult {
  /** true--成功，false--失败 */
  success?: boolean;
  /** 活动数据 */
  activity_list?: AlibabaWdkMarketingOpenDarunfaActivitySyncSyncActivityResultBo[];
  /** 错误码 */
  message?: string;
  /** 错误描述 */
  error_code?: string;
}

/** `SyncActivityResultBo` of `alibaba.wdk.marketing.open.darunfa.activity.sync`. */
export interface AlibabaWdkMarketingOpenDarunfaActivitySyncSyncActivityResultBo {
  /** 门店ID */
  store_ids?: string;
  /** 版本ID */
  version_id?: Int64;
  /** 大润发活动ID */
  promotion_id?: string;
}

const REQUEST_SCHEMA = {
  activity_list: [
    {
      activity_channel: 'String',
      celling_amount: 'Number',
      is_multi_mix: 'Number',
      item_overlay: 'Number',
      discount_fee_model: 'Number',
      enable_multiple: 'Number',
      pool_rules: 'String',
      pool_num: 'Number',
      merchant_crowd_code: 'String',
      total_day_limit: 'Number',
      user_day_limit: 'Number',
      total_limit: 'Number',
      user_limit: 'Number',
      fix_price: 'Number',
      count_at: 'Number',
      discount_type: 'Number',
      activity_type: 'Number',
      terminals: 'String',
      store_ids: 'String',
      activity_content: 'String',
      activity_name: 'String',
      promotion_id: 'String',
      limit_weight: 'Number',
      update_time: 'Number',
      insert_time: 'Number',
      status: 'Number',
      end_date: 'Number',
      start_date: 'Number',
      stair_rules: 'String',
      is_check_all_cond: 'Number',
      txd_activity_id: 'Number',
      period_config: 'String',
      is_alone: 'Number',
    },
  ],
  shop_id: 'String',
  version_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    activity_list: [
      {
        store_ids: 'String',
        version_id: 'Number',
        promotion_id: 'String',
      },
    ],
    message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.open.darunfa.activity.sync`: method, response root, request and response schemas. */
export const alibabaWdkMarketingOpenDarunfaActivitySyncOperation = {
  method: 'alibaba.wdk.marketing.open.darunfa.activity.sync',
  responseRoot: 'alibaba_wdk_marketing_open_darunfa_activity_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动数据同步 — calls TOP method `alibaba.wdk.marketing.open.darunfa.activity.sync`.
 *
 * 大润发活动数据同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingOpenDarunfaActivitySync(
  client: TopClient,
  request: AlibabaWdkMarketingOpenDarunfaActivitySyncRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingOpenDarunfaActivitySyncResponse> {
  return client.call<AlibabaWdkMarketingOpenDarunfaActivitySyncResponse>(
    {
      method: 'alibaba.wdk.marketing.open.darunfa.activity.sync',
      responseRoot: 'alibaba_wdk_marketing_open_darunfa_activity_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
