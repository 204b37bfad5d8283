// Generated from specs/wdk/alibaba.retail.marketing.itempool.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itempool.activity.delete` (删除商品池活动【同城零售】). */
export interface AlibabaRetailMarketingItempoolActivityDeleteRequest {
  /** 同城零售活动Id */
  act_id?: Int64Input;
  /** 操作人id */
  creator_id: string;
  /** 操作人名称 */
  creator_name: string;
  /** erp外部活动id */
  out_act_id?: string;
}

/** Response of `alibaba.retail.marketing.itempool.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItempoolActivityDeleteResponse {
  /** 出参 */
  result?: AlibabaRetailMarketingItempoolActivityDeleteOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itempool.activity.delete`. */
export interface AlibabaRetailMarketingItempoolActivityDeleteOctopusOpenResult {
  /** 同城零售活动Id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误提示 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
  creator_id: 'String',
  creator_name: 'String',
  out_act_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itempool.activity.delete`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItempoolActivityDeleteOperation = {
  method: 'alibaba.retail.marketing.itempool.activity.delete',
  responseRoot: 'alibaba_retail_marketing_itempool_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除商品池活动【同城零售】 — calls TOP method `alibaba.retail.marketing.itempool.activity.delete`.
 *
 * 同城零售商品池活动删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItempoolActivityDelete(
  client: TopClient,
  request: AlibabaRetailMarketingItempoolActivityDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItempoolActivityDeleteResponse> {
  return client.call<AlibabaRetailMarketingItempoolActivityDeleteResponse>(
    {
      method: 'alibaba.retail.marketing.itempool.activity.delete',
      responseRoot: 'alibaba_retail_marketing_itempool_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
