// Generated from specs/ascpchannel/alibaba.ascp.industry.waybill.pre.accept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.waybill.pre.accept` (商家ERP预推单). */
export interface AlibabaAscpIndustryWaybillPreAcceptRequest {
  /** 开单信息 */
  waybill_gen_request: AlibabaAscpIndustryWaybillPreAcceptWaybillGenRequestInput;
}

/** Response of `alibaba.ascp.industry.waybill.pre.accept`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryWaybillPreAcceptResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryWaybillPreAcceptResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillGenRequest` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenRequestInput {
  /** 货品信息 */
  waybill_gen_item_list?: AlibabaAscpIndustryWaybillPreAcceptWaybillGenItemListInput[];
  /** 服务类型 */
  waybill_gen_serv: AlibabaAscpIndustryWaybillPreAcceptWaybillGenServInput;
  /** 发货人信息 */
  waybill_gen_sender: AlibabaAscpIndustryWaybillPreAcceptWaybillGenSenderInput;
  /** 收货人信息 */
  waybill_gen_receiver: AlibabaAscpIndustryWaybillPreAcceptWaybillGenReceiverInput;
  /** 开单信息 */
  waybill_gen_info: AlibabaAscpIndustryWaybillPreAcceptWaybillGenInfoInput;
}

/** `WaybillGenItemList` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenItemListInput {
  /** 货品id */
  item_id?: string;
  /** 货品数量 */
  item_quantity?: Int64Input;
}

/** `WaybillGenServ` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenServInput {
  /** 服务类型：0为送装一体，1为只送到家不安装，2为只送不装到楼下，3为自提 */
  delivery_type: string;
}

/** `WaybillGenSender` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenSenderInput {
  /** 详细地址 */
  detail_address: string;
  /** 省 */
  sender_province: string;
  /** 市 */
  sender_city?: string;
  /** 区 */
  sender_area?: string;
}

/** `WaybillGenReceiver` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenReceiverInput {
  /** 联系人电话 */
  contact_mobile: string;
  /** 联系人名称 */
  contact_name: string;
  /** 详细地址 */
  detail_address: string;
  /** 省 */
  receiver_province: string;
  /** 市 */
  receiver_city?: string;
  /** 区 */
  receiver_area?: string;
}

/** `WaybillGenInfo` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptWaybillGenInfoInput {
  /** 总体积 */
  total_volume: string;
  /** 拼单数量 */
  gather_num?: Int64Input;
  /** 外部单号 */
  related_order_code: string;
  /** 备注 */
  remark?: string;
  /** 是否拼单：0为否，1为是 */
  gather?: Int64Input;
  /** 交易单号 */
  main_trade_no: string;
  /** 商家id */
  seller_id: string;
  /** 总包件数 */
  total_pack_num: Int64Input;
  /** 备注图片 */
  remark_picture?: AlibabaAscpIndustryWaybillPreAcceptRemarkPictureInput;
  /** 交易渠道：1为淘宝/天猫，2为其它，3为抖音，4为拼多多，5为京东，6为唯品会 */
  order_channel?: Int64Input;
}

/** `RemarkPicture` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptRemarkPictureInput {
  /** 备注图片英文逗号分隔 */
  download_url?: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回对象 */
  data?: AlibabaAscpIndustryWaybillPreAcceptData;
}

/** `Data` of `alibaba.ascp.industry.waybill.pre.accept`. */
export interface AlibabaAscpIndustryWaybillPreAcceptData {
  /** 运单号 */
  express_no?: string;
  /** 物流品牌 */
  logistics_brand?: string;
}

const REQUEST_SCHEMA = {
  waybill_gen_request: {
    waybill_gen_item_list: [
      {
        item_id: 'String',
        item_quantity: 'Number',
      },
    ],
    waybill_gen_serv: {
      delivery_type: 'String',
    },
    waybill_gen_sender: {
      detail_address: 'String',
      sender_province: 'String',
      sender_city: 'String',
      sender_area: 'String',
    },
    waybill_gen_receiver: {
      contact_mobile: 'String',
      contact_name: 'String',
      detail_address: 'String',
      receiver_province: 'String',
      receiver_city: 'String',
      receiver_area: 'String',
    },
    waybill_gen_info: {
      total_volume: 'String',
      gather_num: 'Number',
      related_order_code: 'String',
      remark: 'String',
      gather: 'Number',
      main_trade_no: 'String',
      seller_id: 'String',
      total_pack_num: 'Number',
      remark_picture: {
        download_url: 'String',
      },
      order_channel: 'Number',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    data: {
      express_no: 'String',
      logistics_brand: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.waybill.pre.accept`: method, response root, request and response schemas. */
export const alibabaAscpIndustryWaybillPreAcceptOperation = {
  method: 'alibaba.ascp.industry.waybill.pre.accept',
  responseRoot: 'alibaba_ascp_industry_waybill_pre_accept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家ERP预推单 — calls TOP method `alibaba.ascp.industry.waybill.pre.accept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryWaybillPreAccept(
  client: TopClient,
  request: AlibabaAscpIndustryWaybillPreAcceptRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryWaybillPreAcceptResponse> {
  return client.call<AlibabaAscpIndustryWaybillPreAcceptResponse>(
    {
      method: 'alibaba.ascp.industry.waybill.pre.accept',
      responseRoot: 'alibaba_ascp_industry_waybill_pre_accept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
