// Generated from specs/vaccin/alibaba.health.vaccin.notice.announcement.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.announcement.publish` (支付宝疫苗POV公告通知). */
export interface AlibabaHealthVaccinNoticeAnnouncementPublishRequest {
  /** 接种点编码（通知方） */
  pov_no: string;
  /** 公告标题 */
  notice_title?: string;
  /** 公告内容 */
  notice_content: string;
  /** 0:所有类型人群,1：宝宝、2：成人 */
  notice_type: string;
  /** 公告发布时间 */
  notice_time?: string;
  /**
   * 需要接受公告的用户ID，默认是所有用户都可以看到
   *
   * Max list size: 999
   */
  alipay_user_ids?: string[];
  /** 接种点名称 */
  pov_name?: string;
}

/** Response of `alibaba.health.vaccin.notice.announcement.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeAnnouncementPublishResponse {
  /** 执行是否成功 */
  is_success?: boolean;
  /** 错误code */
  msg_code?: string;
  /** 错误描述 */
  msg_info?: string;
  /** 结果 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  pov_no: 'String',
  notice_title: 'String',
  notice_content: 'String',
  notice_type: 'String',
  notice_time: 'String',
  alipay_user_ids: ['String'],
  pov_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.announcement.publish`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeAnnouncementPublishOperation = {
  method: 'alibaba.health.vaccin.notice.announcement.publish',
  responseRoot: 'alibaba_health_vaccin_notice_announcement_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝疫苗POV公告通知 — calls TOP method `alibaba.health.vaccin.notice.announcement.publish`.
 *
 * 支付宝疫苗POV发布公告提醒信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeAnnouncementPublish(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeAnnouncementPublishRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeAnnouncementPublishResponse> {
  return client.call<AlibabaHealthVaccinNoticeAnnouncementPublishResponse>(
    {
      method: 'alibaba.health.vaccin.notice.announcement.publish',
      responseRoot: 'alibaba_health_vaccin_notice_announcement_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
