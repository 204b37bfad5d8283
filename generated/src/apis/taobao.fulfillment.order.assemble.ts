// Generated from specs/tbtrade/taobao.fulfillment.order.assemble.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fulfillment.order.assemble` (拆合单结果回传接口). */
export interface TaobaoFulfillmentOrderAssembleRequest {
  /** 批量回传集合,一次接口最多40 */
  assemble_orders: TaobaoFulfillmentOrderAssembleAssembleOrderInput;
  /** 操作类型，支持参数为MERGE、CANCEL_MERGE。当进行CANCEL_MERGE操作时，只需要传入groupId即可，order_list可以为空 */
  type: string;
}

/** Response of `taobao.fulfillment.order.assemble`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFulfillmentOrderAssembleResponse {
  /** 调用结果 */
  result?: boolean;
  /** 错误码 */
  call_error_code?: string;
  /** 错误信息描述 */
  call_error_msg?: string;
  /** 回传结果 */
  model?: TaobaoFulfillmentOrderAssembleOrderAssembleResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AssembleOrder` of `taobao.fulfillment.order.assemble`. */
export interface TaobaoFulfillmentOrderAssembleAssembleOrderInput {
  /** 组合id，服务商内部的合单操作id，取消合单会根据group_id进行删除操作。 */
  group_id: string;
  /** 合单订单列表，一个列表最多200 */
  order_list?: TaobaoFulfillmentOrderAssembleOrderGroupInput[];
}

/** `OrderGroup` of `taobao.fulfillment.order.assemble`. */
export interface TaobaoFulfillmentOrderAssembleOrderGroupInput {
  /** 淘宝交易子订单id */
  taobao_sub_order_id?: string;
  /** order_id的类型，0:淘宝交易订单,1: 换货单,2:分销单，3:补货单，4:代发单 */
  order_type?: Int64Input;
  /** 商品类型, 0:下单货品，1:赠品，2:其他 */
  item_type?: Int64Input;
  /** 淘宝单号可以是交易订单、换货单、补货单、代发单或分销单等，当 order_type=0时，order_id = taobao_parent_order_id。 */
  order_id?: string;
  /** erp系统内的订单id */
  erp_order_id?: string;
  /** 淘宝交易主订单id */
  taobao_parent_order_id?: string;
}

/** `OrderAssembleResponse` of `taobao.fulfillment.order.assemble`. */
export interface TaobaoFulfillmentOrderAssembleOrderAssembleResponse {
  /** 回传结果List */
  order_group_responses?: TaobaoFulfillmentOrderAssembleOrderGroupResponse[];
}

/** `OrderGroupResponse` of `taobao.fulfillment.order.assemble`. */
export interface TaobaoFulfillmentOrderAssembleOrderGroupResponse {
  /** 入参中的groupId */
  group_id?: string;
  /** 回传结果 */
  result?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  assemble_orders: {
    group_id: 'String',
    order_list: [
      {
        taobao_sub_order_id: 'String',
        order_type: 'Number',
        item_type: 'Number',
        order_id: 'String',
        erp_order_id: 'String',
        taobao_parent_order_id: 'String',
      },
    ],
  },
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  call_error_code: 'String',
  call_error_msg: 'String',
  model: {
    order_group_responses: [
      {
        group_id: 'String',
        result: 'Boolean',
        error_code: 'String',
        error_msg: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fulfillment.order.assemble`: method, response root, request and response schemas. */
export const taobaoFulfillmentOrderAssembleOperation = {
  method: 'taobao.fulfillment.order.assemble',
  responseRoot: 'fulfillment_order_assemble_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 拆合单结果回传接口 — calls TOP method `taobao.fulfillment.order.assemble`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFulfillmentOrderAssemble(
  client: TopClient,
  request: TaobaoFulfillmentOrderAssembleRequest,
  options?: CallOptions,
): Promise<TaobaoFulfillmentOrderAssembleResponse> {
  return client.call<TaobaoFulfillmentOrderAssembleResponse>(
    {
      method: 'taobao.fulfillment.order.assemble',
      responseRoot: 'fulfillment_order_assemble_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
