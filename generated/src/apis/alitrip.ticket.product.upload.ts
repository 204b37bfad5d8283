// Generated from specs/ticket/alitrip.ticket.product.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.product.upload` (【门票API2.0】门票收费项目管理接口). */
export interface AlitripTicketProductUploadRequest {
  /** 可选，商户自定义收费项目编码。注：如果商户上传了自定义收费项目编码，则在价格库存同步接口可以使用该自定义编码更新价格库存。 */
  out_product_id?: string;
  /** inventory_type=2时必填，指定该收费项目在购买时是否需要买家指定入园日期。1、需要，2-不需要 */
  need_enter_date?: Int64Input;
  /** 可选，商品详情描述，不超过50000个字符。详情描述支持纯文本描述，也支持html格式的详情描述。html格式的详情描述中 图片链接支持外链图片（必须外网可访问， 且格式为png、jpg或jpeg，大小在500k以内）和淘宝图片空间链接。 */
  desc?: string;
  /** 新发布门票商品时必填。门票商品发码方式 */
  code_sending_info?: AlitripTicketProductUploadCodeSendingInfoInput;
  /**
   * 可选，商品主图，最多支持5张。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为png、jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。
   *
   * Max list size: 5
   */
  pic_urls?: string[];
  /** 可选，商品标题 */
  title?: string;
  /** 新发布门票商品时必填。门票商品 库存类型。1、日历库存， 2、非日历库存 */
  inventory_type?: Int64Input;
  /** 新发布门票商品时必填。门票有效期：指定入园日期后 多少天内有效。当为数字时，表示多少天内有效；当为日期时，表示到某日期有效，日期格式：yyyy-MM-dd。发布时不填则默认设置30天内有效 */
  expire_date?: string;
  /** 商户收费项目名称 */
  out_product_name?: string;
  /** 新发布门票商品时必填。门票 预定时间限制。1、表示无限制 购买后可立即入园，2、有限制，此时预定时间限制规则必填。 */
  reserve_limit_type?: Int64Input;
  /** 特殊选填，门票 预定时间限制规则。格式：1_18_00_3 或者 1_18_00_3_30，含义：必须提前1天拍下，且在18点00分前支付成功，订单才生效。当为提前0天时（即当日票），最后两个数字才生效，指当日票需要在出票后3小时30分钟后方可入园。 */
  reserve_limit_rule?: string;
  /** 新发布门票商品时必填。阿里旅行提供的收费项目编码，与商户收费项目编码进行绑定。注：一个收费项目编码对应了一个淘宝商品 */
  ali_product_id?: Int64Input;
  /** 可选，商家想要更新映射关系的时候，用于更新商户自定义收费项目编码。 */
  update_out_product_id?: string;
}

/** Response of `alitrip.ticket.product.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketProductUploadResponse {
  /** 门票商品发布、编辑结果 */
  first_result?: AlitripTicketProductUploadTicketItemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CodeSendingInfo` of `alitrip.ticket.product.upload`. */
export interface AlitripTicketProductUploadCodeSendingInfoInput {
  /** 手工发码 是否需要买家邮箱，code_mode=2时选填，不填则默认不需要邮箱信息。 */
  has_email?: boolean;
  /** 电子凭证信息，code_mode=1时必填。 */
  elec_info?: AlitripTicketProductUploadItemEleCertInfoInput;
  /** 发码方式。1、电子票自动发码 需设置电子凭证信息，2、电子票手工发码，3、实体票 */
  code_mode?: Int64Input;
}

/** `ItemEleCertInfo` of `alitrip.ticket.product.upload`. */
export interface AlitripTicketProductUploadItemEleCertInfoInput {
  /** 必填，电子凭证有效期 过期类型。1：xxxx-xx-xx 到 xxxx-xx-xx； 2：购买成功日 至 xxxx-xx-xx； 3：购买成功 xx 天内有效 */
  expiry_date_type?: Int64Input;
  /** 可选，售中自动退款比例，0~100。默认为0，即不支持售中自动退款；当值为1~100时表示售中自动退款的比例 */
  auto_refund_rate?: Int64Input;
  /** 必填，店铺联系方式 */
  shop_tel?: string;
  /** 特殊必填（expiryDateType为3时必填），电子凭证 有效期 天数 */
  expiry_days?: Int64Input;
  /** 必填，核销门店库id */
  package_id?: Int64Input;
  /** 可选，过期自动退款比例，0~100。默认为0，即不支持过期自动退款比例；当值为1~100时表示过期自动退款的比例 */
  expired_refund_rate?: Int64Input;
  /** 特殊必填（expiryDateType为1或2时必填），电子凭证 有效期 结束时间 */
  expiry_date_end?: DateInput;
  /** 特殊必填（expiryDateType为1时必填），电子凭证 有效期 开始时间 */
  expiry_date_start?: DateInput;
  /** 必填，核销服务提供商 */
  merchant_name?: string;
}

/** `TicketItemResult` of `alitrip.ticket.product.upload`. */
export interface AlitripTicketProductUploadTicketItemResult {
  /** 修改时间 */
  modifyed_time?: string;
  /** 商品id */
  item_id?: Int64;
  /** 标准景点id */
  ali_scenic_id?: Int64;
  /** 商户景点id */
  out_scenic_id?: string;
  /** 标准收费项目id */
  ali_product_id?: Int64;
  /** 商户收费项目id */
  out_product_id?: string;
  /** 预留，扩展字段 */
  extend?: string;
}

const REQUEST_SCHEMA = {
  out_product_id: 'String',
  need_enter_date: 'Number',
  desc: 'String',
  code_sending_info: {
    has_email: 'Boolean',
    elec_info: {
      expiry_date_type: 'Number',
      auto_refund_rate: 'Number',
      shop_tel: 'String',
      expiry_days: 'Number',
      package_id: 'Number',
      expired_refund_rate: 'Number',
      expiry_date_end: 'Date',
      expiry_date_start: 'Date',
      merchant_name: 'String',
    },
    code_mode: 'Number',
  },
  pic_urls: ['String'],
  title: 'String',
  inventory_type: 'Number',
  expire_date: 'String',
  out_product_name: 'String',
  reserve_limit_type: 'Number',
  reserve_limit_rule: 'String',
  ali_product_id: 'Number',
  update_out_product_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    modifyed_time: 'Date',
    item_id: 'Number',
    ali_scenic_id: 'Number',
    out_scenic_id: 'String',
    ali_product_id: 'Number',
    out_product_id: 'String',
    extend: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.product.upload`: method, response root, request and response schemas. */
export const alitripTicketProductUploadOperation = {
  method: 'alitrip.ticket.product.upload',
  responseRoot: 'alitrip_ticket_product_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】门票收费项目管理接口 — calls TOP method `alitrip.ticket.product.upload`.
 *
 * 航旅度假新版门票商品（门票收费项目）管理接口：支持门票商品的发布、编辑。如果在ali_product_id下没有发布过门票商品，则系统将判断为新发布商品，否则是编辑已有商品。可以通过辅助查询接口判断是否已在某个ali_product_id下发布过门票商品。
 * 对应新发布商品的情况，有些参数是必填的，请仔细查看各字段说明。对于编辑商品的情况，ali_product_id和out_product_id至少需要填一个，其他参数都是可选，编辑情况支持增量更新（某个参数不传则使用该商品上原有值）。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketProductUpload(
  client: TopClient,
  request: AlitripTicketProductUploadRequest = {},
  options?: CallOptions,
): Promise<AlitripTicketProductUploadResponse> {
  return client.call<AlitripTicketProductUploadResponse>(
    {
      method: 'alitrip.ticket.product.upload',
      responseRoot: 'alitrip_ticket_product_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
