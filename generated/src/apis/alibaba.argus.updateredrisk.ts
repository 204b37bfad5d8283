// Generated from specs/promotion/alibaba.argus.updateredrisk.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.argus.updateredrisk` (更新红线价格). */
export interface AlibabaArgusUpdateredriskRequest {
  /** 红线价格参数 */
  red_risk_update_factor?: AlibabaArgusUpdateredriskRedRiskUpdateFactorInput;
}

/** Response of `alibaba.argus.updateredrisk`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaArgusUpdateredriskResponse {
  /** 结果是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  return_code?: string;
  /** 总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RedRiskUpdateFactor` of `alibaba.argus.updateredrisk`. */
export interface AlibabaArgusUpdateredriskRedRiskUpdateFactorInput {
  /** 商品id */
  item_id: Int64Input;
  /** 需要删除的sku红线价格 */
  remove_sku_ids?: Int64Input[];
  /** 商品红线价格 */
  amount_at: Int64Input;
  /** 新增sku级别红线价格 */
  sku_risk_factors?: AlibabaArgusUpdateredriskSkuRedRiskFactorInput[];
  /** 风险等级设置 */
  risk_levels: AlibabaArgusUpdateredriskRiskLevelParamInput[];
}

/** `SkuRedRiskFactor` of `alibaba.argus.updateredrisk`. */
export interface AlibabaArgusUpdateredriskSkuRedRiskFactorInput {
  /** sku红线价格 */
  amount_at?: Int64Input;
  /** skuId */
  sku_id?: string;
}

/** `RiskLevelParam` of `alibaba.argus.updateredrisk`. */
export interface AlibabaArgusUpdateredriskRiskLevelParamInput {
  /** 风险等级(可选值:higher-risk,middle-risk,low-risk) */
  key: string;
  /** 风险等级比例左边值 */
  left_range: Int64Input;
  /** 风险等级比例右边值 */
  right_range: Int64Input;
}

const REQUEST_SCHEMA = {
  red_risk_update_factor: {
    item_id: 'Number',
    remove_sku_ids: ['Number'],
    amount_at: 'Number',
    sku_risk_factors: [
      {
        amount_at: 'Number',
        sku_id: 'String',
      },
    ],
    risk_levels: [
      {
        key: 'String',
        left_range: 'Number',
        right_range: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  error_message: 'String',
  return_code: 'String',
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.argus.updateredrisk`: method, response root, request and response schemas. */
export const alibabaArgusUpdateredriskOperation = {
  method: 'alibaba.argus.updateredrisk',
  responseRoot: 'alibaba_argus_updateredrisk_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新红线价格 — calls TOP method `alibaba.argus.updateredrisk`.
 *
 * 商品健康中心新增红线价格规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaArgusUpdateredrisk(
  client: TopClient,
  request: AlibabaArgusUpdateredriskRequest = {},
  options?: CallOptions,
): Promise<AlibabaArgusUpdateredriskResponse> {
  return client.call<AlibabaArgusUpdateredriskResponse>(
    {
      method: 'alibaba.argus.updateredrisk',
      responseRoot: 'alibaba_argus_updateredrisk_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
