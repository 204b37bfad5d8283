// Generated from specs/consignplatform/cainiao.consignplatform.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.consignplatform.order.create` (菜鸟发货工作台创建订单). */
export interface CainiaoConsignplatformOrderCreateRequest {
  /** 订单创建入参 */
  create_request: CainiaoConsignplatformOrderCreateOrderCreateRequestInput;
}

/** Response of `cainiao.consignplatform.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoConsignplatformOrderCreateResponse {
  /** 失败信息 */
  fail_message?: string;
  /** 失败code */
  fail_code?: string;
  /** 创建是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCreateRequest` of `cainiao.consignplatform.order.create`. */
export interface CainiaoConsignplatformOrderCreateOrderCreateRequestInput {
  /** 商家备注 */
  user_memo?: string;
  /** 收件地址 */
  receive_address: CainiaoConsignplatformOrderCreateAddressDtoForTopInput;
  /** 外部订单id，会用来做幂等，需要保证唯一 */
  outer_order_id: string;
  /** 收件人 */
  receiver: CainiaoConsignplatformOrderCreatePersonDtoInput;
  /** 子订单列表 */
  sub_order_list?: CainiaoConsignplatformOrderCreateSubOrderDtoInput[];
  /** 买家留言 */
  buyer_memo?: string;
  /** 订单来源 */
  order_source: string;
}

/** `AddressDtoForTop` of `cainiao.consignplatform.order.create`. */
export interface CainiaoConsignplatformOrderCreateAddressDtoForTopInput {
  /** 国家 */
  country_name: string;
  /** 省份 */
  prov_name: string;
  /** 城市 */
  city_name: string;
  /** 区 */
  area_name: string;
  /** 街道 */
  town_name?: string;
  /** 详细地址 */
  address_detail: string;
}

/** `PersonDto` of `cainiao.consignplatform.order.create`. */
export interface CainiaoConsignplatformOrderCreatePersonDtoInput {
  /** 收件固定电话 */
  phone?: string;
  /** 收件电话 */
  mobile_phone: string;
  /** 收件人 */
  user_name: string;
}

/** `SubOrderDto` of `cainiao.consignplatform.order.create`. */
export interface CainiaoConsignplatformOrderCreateSubOrderDtoInput {
  /** 外部子订单id */
  outer_order_id: string;
  /** 商品数量 */
  amount: Int64Input;
  /** 商品名称 */
  goods_name: string;
  /** 商品价格（单位分） */
  price?: Int64Input;
  /** 商品图片链接 */
  picture_url?: string;
  /** 商品id */
  goods_id: string;
  /** 商品类别。1 日用品; 2 食品; 3 文件; 4 衣物; 5 数码产品; 6 其他 */
  category: Int64Input;
}

const REQUEST_SCHEMA = {
  create_request: {
    user_memo: 'String',
    receive_address: {
      country_name: 'String',
      prov_name: 'String',
      city_name: 'String',
      area_name: 'String',
      town_name: 'String',
      address_detail: 'String',
    },
    outer_order_id: 'String',
    receiver: {
      phone: 'String',
      mobile_phone: 'String',
      user_name: 'String',
    },
    sub_order_list: [
      {
        outer_order_id: 'String',
        amount: 'Number',
        goods_name: 'String',
        price: 'Number',
        picture_url: 'String',
        goods_id: 'String',
        category: 'Number',
      },
    ],
    buyer_memo: 'String',
    order_source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fail_message: 'String',
  fail_code: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.consignplatform.order.create`: method, response root, request and response schemas. */
export const cainiaoConsignplatformOrderCreateOperation = {
  method: 'cainiao.consignplatform.order.create',
  responseRoot: 'cainiao_consignplatform_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟发货工作台创建订单 — calls TOP method `cainiao.consignplatform.order.create`.
 *
 * 菜鸟发货工作台，商家或者isv通过api进行订单写入操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoConsignplatformOrderCreate(
  client: TopClient,
  request: CainiaoConsignplatformOrderCreateRequest,
  options?: CallOptions,
): Promise<CainiaoConsignplatformOrderCreateResponse> {
  return client.call<CainiaoConsignplatformOrderCreateResponse>(
    {
      method: 'cainiao.consignplatform.order.create',
      responseRoot: 'cainiao_consignplatform_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
