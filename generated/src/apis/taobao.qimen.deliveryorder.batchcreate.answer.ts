// Generated from specs/qimen/taobao.qimen.deliveryorder.batchcreate.answer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.deliveryorder.batchcreate.answer` (发货单创建结果通知接口(批量)). */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerRequest {
  request?: TaobaoQimenDeliveryorderBatchcreateAnswerDeliveryOrderBatchCreateAnswerRequestInput;
}

/** Response of `taobao.qimen.deliveryorder.batchcreate.answer`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerResponse {
  response?: TaobaoQimenDeliveryorderBatchcreateAnswerResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderBatchCreateAnswerRequest` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerDeliveryOrderBatchCreateAnswerRequestInput {
  /** 发货单列表 */
  orders?: TaobaoQimenDeliveryorderBatchcreateAnswerOrderInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Order` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerOrderInput {
  /** 发货单号 */
  deliveryOrderCode?: string;
  /** 单据详情 */
  orderInfo?: TaobaoQimenDeliveryorderBatchcreateAnswerOrderInfoInput;
  /** 拆单情况 */
  deliveryOrders?: TaobaoQimenDeliveryorderBatchcreateAnswerDeliveryOrderInput[];
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

/** `OrderInfo` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerOrderInfoInput {
  /** 订单创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime?: string;
  /** 出库单仓储系统编码 */
  deliveryOrderId?: string;
  /** 仓库编码(统仓统配使用) */
  warehouseCode?: string;
  /** 物流公司编码(统仓统配使用) */
  logisticsCode?: string;
}

/** `DeliveryOrder` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerDeliveryOrderInput {
  /** 出库单仓储系统编码 */
  deliveryOrderId?: string;
  /** 仓库编码(统仓统配使用) */
  warehouseCode?: string;
  /** 物流公司编码(统仓统配使用) */
  logisticsCode?: string;
  /** 单据列表 */
  orderLines?: TaobaoQimenDeliveryorderBatchcreateAnswerOrderLineInput[];
  /** 订单创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime?: string;
}

/** `OrderLine` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerOrderLineInput {
  /** 行号 */
  orderLineNo?: string;
  /** ERP商品编码 */
  itemCode?: string;
  /** WMS商品编码 */
  itemId?: string;
  /** 数量 */
  quantity?: string;
}

/** `Response` of `taobao.qimen.deliveryorder.batchcreate.answer`. */
export interface TaobaoQimenDeliveryorderBatchcreateAnswerResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    orders: [
      {
        deliveryOrderCode: 'String',
        orderInfo: {
          createTime: 'String',
          deliveryOrderId: 'String',
          warehouseCode: 'String',
          logisticsCode: 'String',
        },
        deliveryOrders: [
          {
            deliveryOrderId: 'String',
            warehouseCode: 'String',
            logisticsCode: 'String',
            orderLines: [
              {
                orderLineNo: 'String',
                itemCode: 'String',
                itemId: 'String',
                quantity: 'String',
              },
            ],
            createTime: 'String',
          },
        ],
        flag: 'String',
        code: 'String',
        message: 'String',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.deliveryorder.batchcreate.answer`: method, response root, request and response schemas. */
export const taobaoQimenDeliveryorderBatchcreateAnswerOperation = {
  method: 'taobao.qimen.deliveryorder.batchcreate.answer',
  responseRoot: 'qimen_deliveryorder_batchcreate_answer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单创建结果通知接口(批量) — calls TOP method `taobao.qimen.deliveryorder.batchcreate.answer`.
 *
 * WMS调用接口，用于异步化的批量发货单创建结果通知。（如菜鸟发货单批量创建结果的返回）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenDeliveryorderBatchcreateAnswer(
  client: TopClient,
  request: TaobaoQimenDeliveryorderBatchcreateAnswerRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenDeliveryorderBatchcreateAnswerResponse> {
  return client.call<TaobaoQimenDeliveryorderBatchcreateAnswerResponse>(
    {
      method: 'taobao.qimen.deliveryorder.batchcreate.answer',
      responseRoot: 'qimen_deliveryorder_batchcreate_answer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
