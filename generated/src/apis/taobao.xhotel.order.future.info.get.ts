// Generated from specs/xhotelonlineorder/taobao.xhotel.order.future.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.future.info.get` (获取(查询)订单变更信息). */
export interface TaobaoXhotelOrderFutureInfoGetRequest {
  /** 请求流水号 */
  out_uuid: string;
  /** 指定淘宝订单ID。以英文分号隔开的字符串“123455666;123455666;123455666” */
  tids?: string;
  /** 开始时间 */
  created_start?: DateInput;
  /** 结束时间 */
  created_end?: DateInput;
  /** 酒店编码 */
  hotel_code: string;
  /** 系统商分配的身份识别 */
  vendor?: string;
  /** 操作类型 1.在线开发票请求 3.在线选房请求 4.自助checkIn请求 13.扫脸入住身份信息请求 10.房态信息查询请求 103.通用任务取消指令 */
  operate_type: Int64Input;
}

/** Response of `taobao.xhotel.order.future.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderFutureInfoGetResponse {
  /** 结果返回列表 */
  results?: TaobaoXhotelOrderFutureInfoGetHotelOrderDirectInfo[];
  /** 是否成功标记 */
  issuccess?: boolean;
  /** 返回外部请求流水号 */
  out_uuid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelOrderDirectInfo` of `taobao.xhotel.order.future.info.get`. */
export interface TaobaoXhotelOrderFutureInfoGetHotelOrderDirectInfo {
  /** 单次请求的唯一标识 */
  request_i_d?: string;
  /** 淘宝订单号 */
  tid?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 卖家id */
  seller_id?: Int64;
  /** 酒店编码 */
  hotel_code?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 操作类型 1.在线开发票请求 3.在线选房请求 4.自助checkIn请求 13.扫脸入住身份信息请求 10.房态信息查询请求 103.通用任务取消指令 */
  biz_type?: Int64;
  /** xml内容格式字符串，详细参考 http://open.taobao.com/docs/doc.htm?spm=a219a.7629140.0.0.2gmWOz&treeId=191&articleId=106152&docType=1 */
  context?: string;
  /** json格式的扩展字段 */
  extensions?: string;
  /** * PMS处理消息的动作（pms端应该考虑增加代办任务列表） * 0:普通，不需要特殊动作 * 1：弹窗提示（Pms中央模态窗） * 2：托盘信息提示（给酒店广播通知或者平台公告） * 3:发送请求给酒店前台人员，前台人员需要看到后确认处理(比如督促前台结账、督促前台上报入住状态) * 4：请求pms自动处理(自动发起结账，自动上报订单状态等) */
  action?: Int64;
  /** * 消息状态（tips:Pms定时get走请求，状态可以考虑不变化） * 0：新建消息（接收到交易系统请求） * 1:请求已获取（pms已经取走请求数据） * 2:请求已认领（pms已经有人认领消息，正在处理） * 3:请求已反馈（Pms反馈请求处理结果） * 4:处理完成（已通知相关系统（交易）） * 5:请求失效 */
  status?: Int64;
  /** 给酒店前台展示的文案提示 */
  display_text?: string;
}

const REQUEST_SCHEMA = {
  out_uuid: 'String',
  tids: 'String',
  created_start: 'Date',
  created_end: 'Date',
  hotel_code: 'String',
  vendor: 'String',
  operate_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      request_i_d: 'String',
      tid: 'Number',
      out_order_id: 'String',
      seller_id: 'Number',
      hotel_code: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      biz_type: 'Number',
      context: 'String',
      extensions: 'String',
      action: 'Number',
      status: 'Number',
      display_text: 'String',
    },
  ],
  issuccess: 'Boolean',
  out_uuid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.future.info.get`: method, response root, request and response schemas. */
export const taobaoXhotelOrderFutureInfoGetOperation = {
  method: 'taobao.xhotel.order.future.info.get',
  responseRoot: 'xhotel_order_future_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取(查询)订单变更信息 — calls TOP method `taobao.xhotel.order.future.info.get`.
 *
 * 支持操作类型 1.在线开发票请求 3.在线选房请求 4.自助checkIn请求 13.扫脸入住身份信息请求 10.房态信息查询请求 103.通用任务取消指令
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderFutureInfoGet(
  client: TopClient,
  request: TaobaoXhotelOrderFutureInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderFutureInfoGetResponse> {
  return client.call<TaobaoXhotelOrderFutureInfoGetResponse>(
    {
      method: 'taobao.xhotel.order.future.info.get',
      responseRoot: 'xhotel_order_future_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
