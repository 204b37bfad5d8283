// Generated from specs/wdk/alibaba.retail.marketing.buygift.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.activity.delete` (删除单品买赠活动). */
export interface AlibabaRetailMarketingBuygiftActivityDeleteRequest {
  /** 删除活动参数 */
  param: AlibabaRetailMarketingBuygiftActivityDeleteItemDiscountActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftActivityDeleteResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingBuygiftActivityDeleteOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityOperateRequest` of `alibaba.retail.marketing.buygift.activity.delete`. */
export interface AlibabaRetailMarketingBuygiftActivityDeleteItemDiscountActivityOperateRequestInput {
  /** 操作人ID（数字类型） */
  creator_id: string;
  /** 操作人name */
  creator_name: string;
  /** 活动ID */
  act_id?: Int64Input;
  /** 外部活动id */
  out_act_id?: string;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.buygift.activity.delete`. */
export interface AlibabaRetailMarketingBuygiftActivityDeleteOctopusOpenResult {
  /** 活动ID */
  data?: Int64;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    creator_id: 'String',
    creator_name: 'String',
    act_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.buygift.activity.delete`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftActivityDeleteOperation = {
  method: 'alibaba.retail.marketing.buygift.activity.delete',
  responseRoot: 'alibaba_retail_marketing_buygift_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除单品买赠活动 — calls TOP method `alibaba.retail.marketing.buygift.activity.delete`.
 *
 * 同城零售单品特价活动删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftActivityDelete(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftActivityDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftActivityDeleteResponse> {
  return client.call<AlibabaRetailMarketingBuygiftActivityDeleteResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.activity.delete',
      responseRoot: 'alibaba_retail_marketing_buygift_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
