// Generated from specs/alihouse/alibaba.alihouse.newhome.activity.subscription.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.activity.subscription.bind` (销售活动绑定认购商品). */
export interface AlibabaAlihouseNewhomeActivitySubscriptionBindRequest {
  /** 入参属性值 */
  subscription_item_dto?: AlibabaAlihouseNewhomeActivitySubscriptionBindSubscriptionItemDTOInput;
}

/** Response of `alibaba.alihouse.newhome.activity.subscription.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeActivitySubscriptionBindResponse {
  /** 返回报文参数 */
  result?: AlibabaAlihouseNewhomeActivitySubscriptionBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubscriptionItemDTO` of `alibaba.alihouse.newhome.activity.subscription.bind`. */
export interface AlibabaAlihouseNewhomeActivitySubscriptionBindSubscriptionItemDTOInput {
  /** 外部销售活动id */
  outer_sales_activity_id: string;
  /** 外部楼盘id */
  outer_project_id: string;
  /** 外部项目店id */
  outer_store_id?: string;
  /** 结算账户关联的主体公司id */
  project_cid: Int64Input;
  /** 认购商品id */
  item_id: Int64Input;
  /** 认购商品名称 */
  item_name?: string;
  /** 认购商品楼盘页展示标题 */
  show_title?: string;
  /** 预存金商品id */
  pre_deposit_item_id?: Int64Input;
  /** 预存金商品名称 */
  pre_deposit_item_name?: string;
  /** 预存金商品显示标题 */
  pre_deposit_item_title?: string;
  /** 结算账户id */
  settle_aid: Int64Input;
  /** 1- 线上 2-线下 */
  sign_type: Int64Input;
  /** 签约超时时间(分钟) */
  sign_timeout_time: Int64Input;
  /** 线上签约-电子签章id */
  elec_signature_id?: Int64Input;
  /** 线上签约-电子协议id */
  elec_agreement_id?: Int64Input;
  /** 线上签约-盖章方式 */
  seal_type?: Int64Input;
  /** 线上签约-网签时间方式 */
  sign_online_time_type?: Int64Input;
  /** 线上签约-网签时间值 */
  sign_online_time_val?: string;
  /** 限制购买数量 */
  buy_limit: Int64Input;
  /** 外部支付方式id集合 */
  outer_payment_ids: string[];
  /** 是否异步销控 */
  is_async_sell: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.activity.subscription.bind`. */
export interface AlibabaAlihouseNewhomeActivitySubscriptionBindResult {
  /** code */
  code?: string;
  /** 是否保存成功 */
  data?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  subscription_item_dto: {
    outer_sales_activity_id: 'String',
    outer_project_id: 'String',
    outer_store_id: 'String',
    project_cid: 'Number',
    item_id: 'Number',
    item_name: 'String',
    show_title: 'String',
    pre_deposit_item_id: 'Number',
    pre_deposit_item_name: 'String',
    pre_deposit_item_title: 'String',
    settle_aid: 'Number',
    sign_type: 'Number',
    sign_timeout_time: 'Number',
    elec_signature_id: 'Number',
    elec_agreement_id: 'Number',
    seal_type: 'Number',
    sign_online_time_type: 'Number',
    sign_online_time_val: 'String',
    buy_limit: 'Number',
    outer_payment_ids: ['String'],
    is_async_sell: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.activity.subscription.bind`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeActivitySubscriptionBindOperation = {
  method: 'alibaba.alihouse.newhome.activity.subscription.bind',
  responseRoot: 'alibaba_alihouse_newhome_activity_subscription_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售活动绑定认购商品 — calls TOP method `alibaba.alihouse.newhome.activity.subscription.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeActivitySubscriptionBind(
  client: TopClient,
  request: AlibabaAlihouseNewhomeActivitySubscriptionBindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeActivitySubscriptionBindResponse> {
  return client.call<AlibabaAlihouseNewhomeActivitySubscriptionBindResponse>(
    {
      method: 'alibaba.alihouse.newhome.activity.subscription.bind',
      responseRoot: 'alibaba_alihouse_newhome_activity_subscription_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
