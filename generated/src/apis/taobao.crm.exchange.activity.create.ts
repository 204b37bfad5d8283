// Generated from specs/crm/taobao.crm.exchange.activity.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.exchange.activity.create` (创建积分兑换活动). */
export interface TaobaoCrmExchangeActivityCreateRequest {
  /** 创建积分兑换活动 */
  exchange_activity_create_dto: TaobaoCrmExchangeActivityCreateExchangeActivityCreateDtoInput;
}

/** Response of `taobao.crm.exchange.activity.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmExchangeActivityCreateResponse {
  /** 活动ID */
  activity_id?: Int64;
  /** 人群实例ID */
  crowdinstance_id?: Int64;
  /** 接口调用成功 */
  sub_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeActivityCreateDto` of `taobao.crm.exchange.activity.create`. */
export interface TaobaoCrmExchangeActivityCreateExchangeActivityCreateDtoInput {
  /** 不包邮地区 */
  exclude_area?: string;
  /** 活动结束时间 */
  end_time: DateInput;
  /** 商品是否包邮 */
  free_postage?: boolean;
  /** 优惠标签 */
  activity_tag: string;
  /** 活动开始时间 */
  start_time: DateInput;
  /** 商品ID */
  itme_id: Int64Input;
  /** 活动名称 */
  activity_name: string;
  /** 商品一口价 */
  fix_price: Int64Input;
}

const REQUEST_SCHEMA = {
  exchange_activity_create_dto: {
    exclude_area: 'String',
    end_time: 'Date',
    free_postage: 'Boolean',
    activity_tag: 'String',
    start_time: 'Date',
    itme_id: 'Number',
    activity_name: 'String',
    fix_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activity_id: 'Number',
  crowdinstance_id: 'Number',
  sub_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.exchange.activity.create`: method, response root, request and response schemas. */
export const taobaoCrmExchangeActivityCreateOperation = {
  method: 'taobao.crm.exchange.activity.create',
  responseRoot: 'crm_exchange_activity_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建积分兑换活动 — calls TOP method `taobao.crm.exchange.activity.create`.
 *
 * 创建针对积分兑换类型的活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmExchangeActivityCreate(
  client: TopClient,
  request: TaobaoCrmExchangeActivityCreateRequest,
  options?: CallOptions,
): Promise<TaobaoCrmExchangeActivityCreateResponse> {
  return client.call<TaobaoCrmExchangeActivityCreateResponse>(
    {
      method: 'taobao.crm.exchange.activity.create',
      responseRoot: 'crm_exchange_activity_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
