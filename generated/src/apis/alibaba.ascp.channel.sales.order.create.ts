// Generated from specs/ascpchannel/alibaba.ascp.channel.sales.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.sales.order.create` (供应链渠道销售单创建接口). */
export interface AlibabaAscpChannelSalesOrderCreateRequest {
  /** 请求参数 */
  create_order_request?: AlibabaAscpChannelSalesOrderCreateExternalCreateSalesOrderRequestInput;
}

/** Response of `alibaba.ascp.channel.sales.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelSalesOrderCreateResponse {
  /** 返回值包装,result为返回具体消息内容 */
  create_order_response?: AlibabaAscpChannelSalesOrderCreateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalCreateSalesOrderRequest` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateExternalCreateSalesOrderRequestInput {
  /** 币种 */
  currency_type?: string;
  /** 子订单列表 */
  out_sub_orders?: AlibabaAscpChannelSalesOrderCreateExternalCreateSubSalesOrderRequestInput[];
  /** 收货人信息 */
  receiver?: AlibabaAscpChannelSalesOrderCreateExternalReceiverRequestInput;
  /** 发货人 */
  sender?: AlibabaAscpChannelSalesOrderCreateExternalSenderRequestInput;
  /** 经销、代销、寄售 */
  sales_mode: string;
  /** 外部订单号 */
  out_order_no: string;
  /** 二级渠道 */
  sub_channel_code: string;
  /** 授权渠道(市场) */
  channel_code: string;
  /** 扩展字段 */
  attributes?: string;
}

/** `ExternalCreateSubSalesOrderRequest` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateExternalCreateSubSalesOrderRequestInput {
  /** 购买数量 */
  quantity: Int64Input;
  /** 外部前端sku id */
  out_sku_id?: string;
  /** 外部前端宝贝id */
  out_item_id?: string;
  /** 产品skuId */
  sku_id?: Int64Input;
  /** 产品id */
  product_id: Int64Input;
  /** 外部子订单号, 外部一定要设置,如果外部没有,则设置为outOrderNo+productId+productSkuId */
  out_sub_order_no?: string;
  /** 扩展字段 */
  attributes?: string;
}

/** `ExternalReceiverRequest` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateExternalReceiverRequestInput {
  /** 收货人名称 */
  contact_name: string;
  /** 省对应编码 */
  province_code?: Int64Input;
  /** 市对应编码 */
  city_code?: Int64Input;
  /** 街道对应编码 */
  street_code?: Int64Input;
  /** 区对应编码 */
  area_code?: Int64Input;
  /** 街道对应名称 */
  street_name?: string;
  /** 收货人手机号 */
  mobile_phone: string;
  /** 邮编 */
  post?: string;
  /** 市对应的名称 */
  city_name?: string;
  /** 收货人 固定电话 */
  phone?: string;
  /** 区对应名称 */
  area_name?: string;
  /** 收货人地址 */
  detail_address: string;
  /** 省对应的名称 */
  province_name?: string;
  /** 区域编码 */
  division_id?: Int64Input;
}

/** `ExternalSenderRequest` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateExternalSenderRequestInput {
  /** 发货人 手机号 */
  mobile_phone?: string;
  /** 发货人名称 */
  contact_name?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateResultWrapper {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
  /** 返回值主体 */
  data_list?: AlibabaAscpChannelSalesOrderCreateData[];
}

/** `Data` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateData {
  /** 子单列表 */
  sub_order_list?: AlibabaAscpChannelSalesOrderCreateSuborders[];
  /** 渠道订单号 */
  sale_order_no?: string;
}

/** `Suborders` of `alibaba.ascp.channel.sales.order.create`. */
export interface AlibabaAscpChannelSalesOrderCreateSuborders {
  /** 外部skuId */
  out_sku_id?: string;
  /** 外部itemId */
  out_item_id?: string;
  /** skuId */
  sku_id?: Int64;
  /** 产品id */
  product_id?: Int64;
  /** 外部子订单号 */
  out_sub_order_no?: string;
  /** 外部订单号 */
  sub_sale_order_no?: string;
}

const REQUEST_SCHEMA = {
  create_order_request: {
    currency_type: 'String',
    out_sub_orders: [
      {
        quantity: 'Number',
        out_sku_id: 'String',
        out_item_id: 'String',
        sku_id: 'Number',
        product_id: 'Number',
        out_sub_order_no: 'String',
        attributes: 'String',
      },
    ],
    receiver: {
      contact_name: 'String',
      province_code: 'Number',
      city_code: 'Number',
      street_code: 'Number',
      area_code: 'Number',
      street_name: 'String',
      mobile_phone: 'String',
      post: 'String',
      city_name: 'String',
      phone: 'String',
      area_name: 'String',
      detail_address: 'String',
      province_name: 'String',
      division_id: 'Number',
    },
    sender: {
      mobile_phone: 'String',
      contact_name: 'String',
    },
    sales_mode: 'String',
    out_order_no: 'String',
    sub_channel_code: 'String',
    channel_code: 'String',
    attributes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  create_order_response: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
    data_list: [
      {
        sub_order_list: [
          {
            out_sku_id: 'String',
            out_item_id: 'String',
            sku_id: 'Number',
            product_id: 'Number',
            out_sub_order_no: 'String',
            sub_sale_order_no: 'String',
          },
        ],
        sale_order_no: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.sales.order.create`: method, response root, request and response schemas. */
export const alibabaAscpChannelSalesOrderCreateOperation = {
  method: 'alibaba.ascp.channel.sales.order.create',
  responseRoot: 'alibaba_ascp_channel_sales_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链渠道销售单创建接口 — calls TOP method `alibaba.ascp.channel.sales.order.create`.
 *
 * 阿里巴巴供应链渠道销售订单创建接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelSalesOrderCreate(
  client: TopClient,
  request: AlibabaAscpChannelSalesOrderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelSalesOrderCreateResponse> {
  return client.call<AlibabaAscpChannelSalesOrderCreateResponse>(
    {
      method: 'alibaba.ascp.channel.sales.order.create',
      responseRoot: 'alibaba_ascp_channel_sales_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
