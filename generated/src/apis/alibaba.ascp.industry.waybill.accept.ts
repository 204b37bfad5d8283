// Generated from specs/ascpchannel/alibaba.ascp.industry.waybill.accept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.waybill.accept` (商家ERP预推单). */
export interface AlibabaAscpIndustryWaybillAcceptRequest {
  /** 开单信息 */
  waybill_gen_request: AlibabaAscpIndustryWaybillAcceptWaybillGenRequestInput;
}

/** Response of `alibaba.ascp.industry.waybill.accept`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryWaybillAcceptResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryWaybillAcceptResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillGenRequest` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenRequestInput {
  /** 货品信息 */
  waybill_gen_item_list?: AlibabaAscpIndustryWaybillAcceptWaybillGenItemListInput[];
  /** 服务类型 */
  waybill_gen_serv: AlibabaAscpIndustryWaybillAcceptWaybillGenServInput;
  /** 发货人信息 */
  waybill_gen_sender: AlibabaAscpIndustryWaybillAcceptWaybillGenSenderInput;
  /** 收货人信息 */
  waybill_gen_receiver: AlibabaAscpIndustryWaybillAcceptWaybillGenReceiverInput;
  /** 开单信息 */
  waybill_gen_info: AlibabaAscpIndustryWaybillAcceptWaybillGenInfoInput;
}

/** `WaybillGenItemList` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenItemListInput {
  /** 货品id */
  item_id?: string;
  /** 货品数量 */
  item_quantity?: Int64Input;
}

/** `WaybillGenServ` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenServInput {
  /** 服务类型：0为送装一体，1为只送到家不安装，2为只送不装到楼下，3为自提 */
  delivery_type: string;
}

/** `WaybillGenSender` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenSenderInput {
  /** 详细地址 */
  detail_address: string;
  /** 省 */
  sender_province: string;
  /** 市 */
  sender_city?: string;
  /** 区 */
  sender_area?: string;
}

/** `WaybillGenReceiver` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenReceiverInput {
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

/** `WaybillGenInfo` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptWaybillGenInfoInput {
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
  remark_picture?: AlibabaAscpIndustryWaybillAcceptRemarkPictureInput;
  /** 交易渠道：1为淘宝/天猫，2为其它，3为抖音，4为拼多多，5为京东，6为唯品会 */
  order_channel?: Int64Input;
}

/** `RemarkPicture` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptRemarkPictureInput {
  /** 备注图片英文逗号分隔 */
  download_url?: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.waybill.accept`. */
export interface AlibabaAscpIndustryWaybillAcceptResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 运单号 */
  data?: string;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
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
    data: 'String',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.waybill.accept`: method, response root, request and response schemas. */
export const alibabaAscpIndustryWaybillAcceptOperation = {
  method: 'alibaba.ascp.industry.waybill.accept',
  responseRoot: 'alibaba_ascp_industry_waybill_accept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家ERP预推单 — calls TOP method `alibaba.ascp.industry.waybill.accept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryWaybillAccept(
  client: TopClient,
  request: AlibabaAscpIndustryWaybillAcceptRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryWaybillAcceptResponse> {
  return client.call<AlibabaAscpIndustryWaybillAcceptResponse>(
    {
      method: 'alibaba.ascp.industry.waybill.accept',
      responseRoot: 'alibaba_ascp_industry_waybill_accept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
