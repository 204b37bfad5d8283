// Generated from specs/ascp/alibaba.dchain.aoxiang.delivery.create.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.delivery.create.update` (新建/更新配资源). */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateRequest {
  /** 新建/更新配资源入参 */
  delivery_upsert_request: AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryUpsertRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.delivery.create.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateResponse {
  /** 新建/更新配资源出参 */
  delivery_upsert_response?: AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryUpsertResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryUpsertRequest` of `alibaba.dchain.aoxiang.delivery.create.update`. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryUpsertRequestInput {
  /** 快递信息数组；最多50条 */
  delivery_infos: AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryInfoInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
}

/** `DeliveryInfo` of `alibaba.dchain.aoxiang.delivery.create.update`. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryInfoInput {
  /** 商家编码，商家在erp维护的编码 */
  erp_delivery_biz_code?: string;
  /** 资源名称 */
  name: string;
  /** 平台资源编码，枚举：宅急送=ZJS、顺丰速运=SF、申通快递=STO、EMS=EMS、韵达快递=YUNDA、极兔速递=HTKY、圆通速递=YTO、天天快递=TTKDEX、全峰快递=QFKD、EMS经济快递=EYB、优速快递=UC、德邦快递=DBKD、速尔快运=SURE、联邦快递=FEDEX、华强物流=SHQ、全一快递=UAPEX、天地华宇=HOAU、百世物流=BEST、龙邦速递=LB、新邦物流=XB、中通快递=ZTO、国通快递=GTO、快捷快=FAST、能达速递=NEDA、如风达配送=BJRFD-001、信丰物流=XFWL、广东EMS=GDEMS、邮政快递包裹=POSTB、德邦物流=DBL、黑猫宅急便=YCTE速宝=ESB、联昊通= LTS、E速宝=ESB、百世快运=BESTQJT、增益速递=QRT、其他=OTHERS */
  platform_code: string;
  /** 联系人姓名 */
  con_name?: string;
  /** 联系人电话 */
  con_phone?: string;
  /** erp配资源唯一编码，卖家唯一 */
  erp_code: string;
  /** 状态：0=停用；1=启用 */
  status?: string;
}

/** `DeliveryUpsertResponse` of `alibaba.dchain.aoxiang.delivery.create.update`. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateDeliveryUpsertResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangDeliveryCreateUpdateDataDetail;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.delivery.create.update`. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateDataDetail {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 详情 */
  detail?: AlibabaDchainAoxiangDeliveryCreateUpdateDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.delivery.create.update`. */
export interface AlibabaDchainAoxiangDeliveryCreateUpdateDetailItem {
  /** true|false */
  success?: boolean;
  /** erp配资源唯一编码，卖家唯一 */
  erp_code?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  delivery_upsert_request: {
    delivery_infos: [
      {
        erp_delivery_biz_code: 'String',
        name: 'String',
        platform_code: 'String',
        con_name: 'String',
        con_phone: 'String',
        erp_code: 'String',
        status: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_upsert_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          erp_code: 'String',
          code: 'String',
          message: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.delivery.create.update`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangDeliveryCreateUpdateOperation = {
  method: 'alibaba.dchain.aoxiang.delivery.create.update',
  responseRoot: 'alibaba_dchain_aoxiang_delivery_create_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建/更新配资源 — calls TOP method `alibaba.dchain.aoxiang.delivery.create.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangDeliveryCreateUpdate(
  client: TopClient,
  request: AlibabaDchainAoxiangDeliveryCreateUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangDeliveryCreateUpdateResponse> {
  return client.call<AlibabaDchainAoxiangDeliveryCreateUpdateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.delivery.create.update',
      responseRoot: 'alibaba_dchain_aoxiang_delivery_create_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
