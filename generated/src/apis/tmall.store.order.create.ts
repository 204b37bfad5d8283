// Generated from specs/retail/tmall.store.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.store.order.create` (门店订单创建api). */
export interface TmallStoreOrderCreateRequest {
  /** 创建订单请求 */
  create_order_request?: TmallStoreOrderCreateCreateOrderRequestInput;
  /** 系统自动生成 */
  app_info?: TmallStoreOrderCreateAppInfoInput;
}

/** Response of `tmall.store.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallStoreOrderCreateResponse {
  /** detailResults */
  detail_results?: TmallStoreOrderCreateDetailresults[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateOrderRequest` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateCreateOrderRequestInput {
  /** 门店编码 */
  store_code?: string;
  /** 订单列表 */
  orders?: TmallStoreOrderCreateOrderInput[];
  /** 用户手机号码 */
  phone?: string;
}

/** `Order` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateOrderInput {
  /** 买家id */
  buyer_id?: Int64Input;
  /** 门店订单id */
  store_order_id?: Int64Input;
  /** 门店id */
  store_id?: string;
  /** 外部订单id */
  out_order_id?: string;
  /** 原价 */
  origin_price?: Int64Input;
  /** 商品信息 */
  item_list?: TmallStoreOrderCreateItemLineDTOInput[];
  /** 地址信息 */
  delivery_address?: TmallStoreOrderCreateDeliveryAddressDTOInput;
  /** 订单实付价格 */
  pay_fee?: Int64Input;
  /** 提货类型 */
  shipping_type?: string;
}

/** `ItemLineDTO` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateItemLineDTOInput {
  /** 百安居id */
  out_line_id?: string;
  /** 门店商品行id */
  store_order_line_id?: Int64Input;
  /** 商品id */
  item_id?: Int64Input;
  /** skuId */
  sku_id?: Int64Input;
  /** 价格 */
  price?: Int64Input;
  /** 购买数量 */
  buy_amount?: Int64Input;
  /** 实际付款价格 */
  pay_fee?: Int64Input;
  /** 外部skuId */
  out_sku_id?: string;
  /** 服务子订单 */
  service_list?: TmallStoreOrderCreateServiceItemLineDTOInput[];
}

/** `ServiceItemLineDTO` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateServiceItemLineDTOInput {
  /** 服务子订单id */
  service_id?: Int64Input;
  /** 购买数量 */
  quantity?: Int64Input;
  /** 服务商品编码 */
  service_spu_code?: string;
}

/** `DeliveryAddressDTO` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateDeliveryAddressDTOInput {
  /** 收货人姓名 */
  full_name?: string;
  /** 详细地址 */
  address?: string;
  /** 街道地址 */
  town?: string;
  /** 区 */
  area?: string;
  /** 市 */
  city?: string;
  /** 省 */
  province?: string;
  /** 手机号 */
  phone?: string;
}

/** `AppInfo` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateAppInfoInput {
  /** 系统自动生成 */
  app_name?: string;
}

/** `Detailresults` of `tmall.store.order.create`. */
export interface TmallStoreOrderCreateDetailresults {
  /** outOrderId */
  out_order_id?: string;
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  create_order_request: {
    store_code: 'String',
    orders: [
      {
        buyer_id: 'Number',
        store_order_id: 'Number',
        store_id: 'String',
        out_order_id: 'String',
        origin_price: 'Number',
        item_list: [
          {
            out_line_id: 'String',
            store_order_line_id: 'Number',
            item_id: 'Number',
            sku_id: 'Number',
            price: 'Number',
            buy_amount: 'Number',
            pay_fee: 'Number',
            out_sku_id: 'String',
            service_list: [
              {
                service_id: 'Number',
                quantity: 'Number',
                service_spu_code: 'String',
              },
            ],
          },
        ],
        delivery_address: {
          full_name: 'String',
          address: 'String',
          town: 'String',
          area: 'String',
          city: 'String',
          province: 'String',
          phone: 'String',
        },
        pay_fee: 'Number',
        shipping_type: 'String',
      },
    ],
    phone: 'String',
  },
  app_info: {
    app_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail_results: [
    {
      out_order_id: 'String',
      success: 'Boolean',
      error_code: 'String',
      error_message: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.store.order.create`: method, response root, request and response schemas. */
export const tmallStoreOrderCreateOperation = {
  method: 'tmall.store.order.create',
  responseRoot: 'tmall_store_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店订单创建api — calls TOP method `tmall.store.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallStoreOrderCreate(
  client: TopClient,
  request: TmallStoreOrderCreateRequest = {},
  options?: CallOptions,
): Promise<TmallStoreOrderCreateResponse> {
  return client.call<TmallStoreOrderCreateResponse>(
    {
      method: 'tmall.store.order.create',
      responseRoot: 'tmall_store_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
