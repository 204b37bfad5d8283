// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.reverseorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.reverseorder.create` (商家ERP发起创建销退单服务). */
export interface AlibabaAscpUopSupplierReverseorderCreateRequest {
  /** 逆向销退单创建请求 */
  reverse_create_request?: AlibabaAscpUopSupplierReverseorderCreateReverseCreateRequestInput;
}

/** Response of `alibaba.ascp.uop.supplier.reverseorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierReverseorderCreateResponse {
  /** 返回值包装,result为返回具体消息内容 */
  reverse_create_response?: AlibabaAscpUopSupplierReverseorderCreateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReverseCreateRequest` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateReverseCreateRequestInput {
  /** 供应商id */
  supplier_id: string;
  /** ERP业务编码 */
  out_biz_id: string;
  /** 逆向类型:1=客退;2=运配异常;3=拒签退回;4=拦截退回;5=上门取退 */
  reverse_type?: string;
  /** 原正向发货履约主单号 */
  biz_order_code: string;
  /** 快递公司code.调用 taobao.logistics.companies.get 获取 */
  tms_service_code: string;
  /** 运单号 */
  tms_order_code: string;
  /** 退回收件人信息（商家） */
  receiver_info: AlibabaAscpUopSupplierReverseorderCreateReceiverinfoInput;
  /** 退回寄件人信息（消费者） */
  sender_info: AlibabaAscpUopSupplierReverseorderCreateSenderinfoInput;
  /** 退回订单货品信息列表 */
  order_items?: AlibabaAscpUopSupplierReverseorderCreateOrderitemsInput[];
  /** 退回仓编码 */
  store_code: string;
}

/** `Receiverinfo` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateReceiverinfoInput {
  /** 电子邮箱 */
  receiver_email?: string;
  /** 收件人固定电话 */
  receiver_phone?: string;
  /** 收件人移动电话 */
  receiver_mobile: string;
  /** 收件人姓名 */
  receiver_name: string;
  /** 详细地址 */
  receiver_address?: string;
  /** 城镇 */
  receiver_town?: string;
  /** 区域 */
  receiver_area: string;
  /** 城市 */
  receiver_city: string;
  /** 省份 */
  receiver_province: string;
  /** 国家 */
  receiver_country: string;
  /** 邮编 */
  receiver_zip_code: string;
}

/** `Senderinfo` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateSenderinfoInput {
  /** 寄件人固定电话 */
  sender_phone?: string;
  /** 寄件人移动电话 */
  sender_mobile?: string;
  /** 寄件人姓名 */
  sender_name: string;
  /** 详细地址 */
  sender_address?: string;
  /** 城镇 */
  sender_town?: string;
  /** 区域 */
  sender_area: string;
  /** 城市 */
  sender_city: string;
  /** 省份 */
  sender_province: string;
  /** 国家 */
  sender_country: string;
  /** 邮编 */
  sender_zip_code: string;
}

/** `Orderitems` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateOrderitemsInput {
  /** erp订单明细行号 */
  erp_order_line?: string;
  /** 原正向发货履约子单号 */
  sub_order_code: string;
  /** 货品id */
  sc_item_id: string;
  /** 货品计划退回数量 */
  plan_return_quantity: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 业务数据 */
  data?: AlibabaAscpUopSupplierReverseorderCreateDataMap;
}

/** `DataMap` of `alibaba.ascp.uop.supplier.reverseorder.create`. */
export interface AlibabaAscpUopSupplierReverseorderCreateDataMap {
  /** 幂等原因 */
  idempotent_reason?: string;
}

const REQUEST_SCHEMA = {
  reverse_create_request: {
    supplier_id: 'String',
    out_biz_id: 'String',
    reverse_type: 'String',
    biz_order_code: 'String',
    tms_service_code: 'String',
    tms_order_code: 'String',
    receiver_info: {
      receiver_email: 'String',
      receiver_phone: 'String',
      receiver_mobile: 'String',
      receiver_name: 'String',
      receiver_address: 'String',
      receiver_town: 'String',
      receiver_area: 'String',
      receiver_city: 'String',
      receiver_province: 'String',
      receiver_country: 'String',
      receiver_zip_code: 'String',
    },
    sender_info: {
      sender_phone: 'String',
      sender_mobile: 'String',
      sender_name: 'String',
      sender_address: 'String',
      sender_town: 'String',
      sender_area: 'String',
      sender_city: 'String',
      sender_province: 'String',
      sender_country: 'String',
      sender_zip_code: 'String',
    },
    order_items: [
      {
        erp_order_line: 'String',
        sub_order_code: 'String',
        sc_item_id: 'String',
        plan_return_quantity: 'Number',
      },
    ],
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  reverse_create_response: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    data: {
      idempotent_reason: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.reverseorder.create`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierReverseorderCreateOperation = {
  method: 'alibaba.ascp.uop.supplier.reverseorder.create',
  responseRoot: 'alibaba_ascp_uop_supplier_reverseorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家ERP发起创建销退单服务 — calls TOP method `alibaba.ascp.uop.supplier.reverseorder.create`.
 *
 * 商家在收到消费者实物退货后，在ERP发起创建销退单服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierReverseorderCreate(
  client: TopClient,
  request: AlibabaAscpUopSupplierReverseorderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierReverseorderCreateResponse> {
  return client.call<AlibabaAscpUopSupplierReverseorderCreateResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.reverseorder.create',
      responseRoot: 'alibaba_ascp_uop_supplier_reverseorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
