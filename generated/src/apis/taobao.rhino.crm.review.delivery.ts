// Generated from specs/rhino/taobao.rhino.crm.review.delivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rhino.crm.review.delivery` (crm实体预询期). */
export interface TaobaoRhinoCrmReviewDeliveryRequest {
  /** crm实体数据 */
  crm_entity: TaobaoRhinoCrmReviewDeliveryCrmEntityInput;
}

/** Response of `taobao.rhino.crm.review.delivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRhinoCrmReviewDeliveryResponse {
  /** 返回码，成功200/失败500 */
  ret_code?: Int64;
  /** 错误信息，错误时展示 */
  message?: string;
  /** 是否成功 */
  content?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmEntity` of `taobao.rhino.crm.review.delivery`. */
export interface TaobaoRhinoCrmReviewDeliveryCrmEntityInput {
  /** 修改时间 */
  gmt_modified?: DateInput;
  /** 创建人 */
  creator?: string;
  /** crm实体实例id */
  instance_id: string;
  /** 创建人dingId */
  creator_ding_user_id?: string;
  /** 数据json */
  data?: string;
  /** 修改人dingId */
  modifier_ding_user_id?: string;
  /** 修改人 */
  modifier?: string;
  /** 创建时间 */
  gmt_create?: DateInput;
}

const REQUEST_SCHEMA = {
  crm_entity: {
    gmt_modified: 'Date',
    creator: 'String',
    instance_id: 'String',
    creator_ding_user_id: 'String',
    data: 'String',
    modifier_ding_user_id: 'String',
    modifier: 'String',
    gmt_create: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  message: 'String',
  content: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rhino.crm.review.delivery`: method, response root, request and response schemas. */
export const taobaoRhinoCrmReviewDeliveryOperation = {
  method: 'taobao.rhino.crm.review.delivery',
  responseRoot: 'rhino_crm_review_delivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * crm实体预询期 — calls TOP method `taobao.rhino.crm.review.delivery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRhinoCrmReviewDelivery(
  client: TopClient,
  request: TaobaoRhinoCrmReviewDeliveryRequest,
  options?: CallOptions,
): Promise<TaobaoRhinoCrmReviewDeliveryResponse> {
  return client.call<TaobaoRhinoCrmReviewDeliveryResponse>(
    {
      method: 'taobao.rhino.crm.review.delivery',
      responseRoot: 'rhino_crm_review_delivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
