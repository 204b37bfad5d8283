// Generated from specs/alicom/alibaba.tianji.supplier.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianji.supplier.order.query` (查询供应商订单). */
export interface AlibabaTianjiSupplierOrderQueryRequest {
  /** 订单查询入参 */
  param_supplier_top_query_model?: AlibabaTianjiSupplierOrderQuerySupplierTopQueryModelInput;
}

/** Response of `alibaba.tianji.supplier.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianjiSupplierOrderQueryResponse {
  /** 分销订单信息 */
  model_list?: AlibabaTianjiSupplierOrderQueryDistributionOrderInfo[];
  /** 查询总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierTopQueryModel` of `alibaba.tianji.supplier.order.query`. */
export interface AlibabaTianjiSupplierOrderQuerySupplierTopQueryModelInput {
  /** 业务类型:7-合约及号卡分销 */
  biz_type?: string;
  /** 分销商名称 */
  distributor_name?: string;
  /** 订单结束时间 */
  end_time?: DateInput;
  /** 淘宝交易订单号 */
  order_no?: string;
  /** 订单状态列表:1-未订购,2-订购中,3-订购中,4-订购失败,5-订购成功,6-订购取消 */
  order_status_list?: Int64Input[];
  /** 当前页 */
  page_num?: Int64Input;
  /** 分页数量 */
  page_size?: Int64Input;
  /** 用户账号 */
  phone_no?: string;
  /** 订单开始时间 */
  start_time?: DateInput;
}

/** `DistributionOrderInfo` of `alibaba.tianji.supplier.order.query`. */
export interface AlibabaTianjiSupplierOrderQueryDistributionOrderInfo {
  /** 业务类型 */
  biz_type?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 买家名称 */
  buyer_name?: string;
  /** 城市 */
  city_name?: string;
  /** 分销商用户昵称 */
  distributor_nick?: string;
  /** 快递公司编码 */
  express_code?: string;
  /** 快递公司名称 */
  express_name?: string;
  /** 快递单号 */
  express_number?: string;
  /** 身份证件信息 */
  id_card_info?: AlibabaTianjiSupplierOrderQueryIdCardInfo;
  /** 运营商名称 */
  isp_name?: string;
  /** 商品编号 */
  item_id?: Int64;
  /** 商品序列号 */
  item_serial_no?: string;
  /** 商品标题 */
  item_title?: string;
  /** 1-无需物流，2-供应商发货，3-分销商发货 */
  logistics_flag?: Int64;
  /** 物流信息,收货人信息,姓名，电话，地址 */
  logistics_info?: AlibabaTianjiSupplierOrderQueryDistributionOrderLogisticsInfo;
  /** 1-未发货，2-已发货 */
  logistics_status?: Int64;
  /** 订购状态:NOT_ORDER-未订购，ORDER_AUDIT-订购中(无订购接口，提交给供应商，线下受理中)，ON_ORDER-订购中(有订购接口，线上受理中),SUCCESS-订购成功，FAILURE-订购失败,CANCEL-订购取消 */
  order_status?: string;
  /** 运营商合约编号 */
  out_package_id?: string;
  /** 手机号码 */
  phone_no?: string;
  /** 合约编号 */
  plan_group_id?: Int64;
  /** 合约名称 */
  plan_group_name?: string;
  /** 套餐编号 */
  plan_id?: Int64;
  /** 套餐信息 */
  plan_info?: string;
  /** 发货的商品编号，如ICCID等 */
  product_serial_no?: string;
  /** 省份 */
  province_name?: string;
  /** 订购失败原因 */
  reason?: string;
  /** 备注 */
  remarks?: string;
  /** 订单状态 */
  status?: string;
  /** 供应商用户昵称 */
  supplier_name?: string;
  /** 淘宝交易订单创建时间 */
  tb_order_create_time?: string;
  /** 淘宝交易订单号 */
  tb_order_no?: string;
  /** 淘宝交易订单创建时间 */
  tb_order_pay_time?: string;
  /** 订单价格 */
  tb_order_price?: Int64;
  /** 外部订单号 */
  out_order_no?: string;
  /** 支付宝交易流水号 */
  pay_order_no?: string;
  /** 购买数量 */
  buy_quantity?: Int64;
  /** 套餐名称 */
  plan_name?: string;
  /** 号码最低消费 */
  phone_no_min_consume?: Int64;
  /** ledgerAmount */
  ledger_amount?: Int64;
  /** 商品属性 */
  item_props?: string;
  /** 认证的活体ID序列 */
  biometric_seq?: string;
}

/** `IdCardInfo` of `alibaba.tianji.supplier.order.query`. */
export interface AlibabaTianjiSupplierOrderQueryIdCardInfo {
  /** 证件号码 */
  card_number?: string;
  /** 证件类型 */
  card_type?: string;
  /** 证件名称 */
  name?: string;
  /** 身份证反面照 */
  back_cert_pic?: string;
  /** 身份证正面照 */
  face_cert_pic?: string;
  /** 手持证件照 */
  hold_cert_pic?: string;
}

/** `DistributionOrderLogisticsInfo` of `alibaba.tianji.supplier.order.query`. */
export interface AlibabaTianjiSupplierOrderQueryDistributionOrderLogisticsInfo {
  /** 区 */
  area?: string;
  /** 市 */
  city?: string;
  /** 国家 */
  country?: string;
  /** 省 */
  province?: string;
  /** 详细地址 */
  raw_address?: string;
  /** 乡/镇/街道 */
  town?: string;
  /** 收货人名称 */
  consignee_name?: string;
  /** 收货人联系电话 */
  contact_phone?: string;
  /** 收货人地址 */
  delivery_address?: string;
}

const REQUEST_SCHEMA = {
  param_supplier_top_query_model: {
    biz_type: 'String',
    distributor_name: 'String',
    end_time: 'Date',
    order_no: 'String',
    order_status_list: ['Number'],
    page_num: 'Number',
    page_size: 'Number',
    phone_no: 'String',
    start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model_list: [
    {
      biz_type: 'String',
      buyer_message: 'String',
      buyer_name: 'String',
      city_name: 'String',
      distributor_nick: 'String',
      express_code: 'String',
      express_name: 'String',
      express_number: 'String',
      id_card_info: {
        card_number: 'String',
        card_type: 'String',
        name: 'String',
        back_cert_pic: 'String',
        face_cert_pic: 'String',
        hold_cert_pic: 'String',
      },
      isp_name: 'String',
      item_id: 'Number',
      item_serial_no: 'String',
      item_title: 'String',
      logistics_flag: 'Number',
      logistics_info: {
        area: 'String',
        city: 'String',
        country: 'String',
        province: 'String',
        raw_address: 'String',
        town: 'String',
        consignee_name: 'String',
        contact_phone: 'String',
        delivery_address: 'String',
      },
      logistics_status: 'Number',
      order_status: 'String',
      out_package_id: 'String',
      phone_no: 'String',
      plan_group_id: 'Number',
      plan_group_name: 'String',
      plan_id: 'Number',
      plan_info: 'String',
      product_serial_no: 'String',
      province_name: 'String',
      reason: 'String',
      remarks: 'String',
      status: 'String',
      supplier_name: 'String',
      tb_order_create_time: 'Date',
      tb_order_no: 'String',
      tb_order_pay_time: 'Date',
      tb_order_price: 'Number',
      out_order_no: 'String',
      pay_order_no: 'String',
      buy_quantity: 'Number',
      plan_name: 'String',
      phone_no_min_consume: 'Number',
      ledger_amount: 'Number',
      item_props: 'String',
      biometric_seq: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianji.supplier.order.query`: method, response root, request and response schemas. */
export const alibabaTianjiSupplierOrderQueryOperation = {
  method: 'alibaba.tianji.supplier.order.query',
  responseRoot: 'alibaba_tianji_supplier_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询供应商订单 — calls TOP method `alibaba.tianji.supplier.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianjiSupplierOrderQuery(
  client: TopClient,
  request: AlibabaTianjiSupplierOrderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaTianjiSupplierOrderQueryResponse> {
  return client.call<AlibabaTianjiSupplierOrderQueryResponse>(
    {
      method: 'alibaba.tianji.supplier.order.query',
      responseRoot: 'alibaba_tianji_supplier_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
