// Generated from specs/ascp/alibaba.dchain.aoxiang.industry.waybill.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.industry.waybill.edit` (服务商编辑运单). */
export interface AlibabaDchainAoxiangIndustryWaybillEditRequest {
  /** 服务商编辑 */
  tms_order_update_request: AlibabaDchainAoxiangIndustryWaybillEditTmsOrderUpdateRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.industry.waybill.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangIndustryWaybillEditResponse {
  /** 返回结构体 */
  tms_order_edit_response?: AlibabaDchainAoxiangIndustryWaybillEditTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsOrderUpdateRequest` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditTmsOrderUpdateRequestInput {
  /** 商家id */
  seller_id: string;
  /** 运单号 */
  express_code: string;
  /** 服务类型 (0: “干支装一体”1: “不安装配送到家”2:“不安装配送到楼下”3: “自提”) */
  tms_service_type: Int64Input;
  /** 服务商code */
  cp_code: string;
  /** 扩展信息 */
  feature?: string;
  /** 备注 */
  remark?: string;
  /** 底单图片（多个url以逗号分开） */
  bill_pic?: string;
  /** 是否拼单 */
  gather?: boolean;
  /** 拼几单 */
  gather_num?: Int64Input;
  /** 行业标(家装固定值，home_improvement) */
  industry: string;
  /** 发货人信息 */
  sender_edit_dto?: AlibabaDchainAoxiangIndustryWaybillEditOrderSenderEditInput;
  /** 收货人信息 */
  receiver_edit_dto?: AlibabaDchainAoxiangIndustryWaybillEditOrderReceiverEditInput;
  /** 货品信息 */
  item_edit_dto_list?: AlibabaDchainAoxiangIndustryWaybillEditOrderItemEditInput[];
  /** 业务请求时间 */
  request_time: Int64Input;
  /** 外部单号 */
  out_biz_code: string;
  /** 操作人 */
  operator_name: string;
}

/** `OrderSenderEdit` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditOrderSenderEditInput {
  /** 联系人姓名 */
  name?: string;
  /** 联系人手机 */
  mobile?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
}

/** `OrderReceiverEdit` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditOrderReceiverEditInput {
  /** 联系人姓名 */
  name?: string;
  /** 联系人电话 */
  mobile?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
}

/** `OrderItemEdit` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditOrderItemEditInput {
  /** 体积，单位mm3 */
  volume?: string;
  /** 叶子类目ID */
  leaf_cat_id?: string;
  /** 货品名称 */
  item_name?: string;
  /** 货品数量 */
  quantity?: Int64Input;
  /** 包裹数量 */
  pack_num?: Int64Input;
  /** 扩展字段 */
  feature?: string;
  /** 重量 */
  weight?: string;
  /** 货品类型( soft：软体，plate：版式) */
  property?: string;
  /** 安装类型( whole_install：整装， part_install：组装) */
  assemble_type?: string;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditTopResponse {
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 喵师傅运单号 */
  data?: AlibabaDchainAoxiangIndustryWaybillEditTmsOrderUpdateResponse;
}

/** `TmsOrderUpdateResponse` of `alibaba.dchain.aoxiang.industry.waybill.edit`. */
export interface AlibabaDchainAoxiangIndustryWaybillEditTmsOrderUpdateResponse {
  /** 是否为业务异常在流程中心场景下使用 */
  biz_exception?: boolean;
  /** 业务错误码 */
  code?: string;
  /** 业务响应信息 */
  message?: string;
  /** 业务调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tms_order_update_request: {
    seller_id: 'String',
    express_code: 'String',
    tms_service_type: 'Number',
    cp_code: 'String',
    feature: 'String',
    remark: 'String',
    bill_pic: 'String',
    gather: 'Boolean',
    gather_num: 'Number',
    industry: 'String',
    sender_edit_dto: {
      name: 'String',
      mobile: 'String',
      province: 'String',
      city: 'String',
      area: 'String',
      town: 'String',
      detail_address: 'String',
    },
    receiver_edit_dto: {
      name: 'String',
      mobile: 'String',
      province: 'String',
      city: 'String',
      area: 'String',
      town: 'String',
      detail_address: 'String',
    },
    item_edit_dto_list: [
      {
        volume: 'String',
        leaf_cat_id: 'String',
        item_name: 'String',
        quantity: 'Number',
        pack_num: 'Number',
        feature: 'String',
        weight: 'String',
        property: 'String',
        assemble_type: 'String',
      },
    ],
    request_time: 'Number',
    out_biz_code: 'String',
    operator_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tms_order_edit_response: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: {
      biz_exception: 'Boolean',
      code: 'String',
      message: 'String',
      success: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.industry.waybill.edit`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangIndustryWaybillEditOperation = {
  method: 'alibaba.dchain.aoxiang.industry.waybill.edit',
  responseRoot: 'alibaba_dchain_aoxiang_industry_waybill_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商编辑运单 — calls TOP method `alibaba.dchain.aoxiang.industry.waybill.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangIndustryWaybillEdit(
  client: TopClient,
  request: AlibabaDchainAoxiangIndustryWaybillEditRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangIndustryWaybillEditResponse> {
  return client.call<AlibabaDchainAoxiangIndustryWaybillEditResponse>(
    {
      method: 'alibaba.dchain.aoxiang.industry.waybill.edit',
      responseRoot: 'alibaba_dchain_aoxiang_industry_waybill_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
